// Constants shared by the continued-fraction (Steed / Temme) methods for J/Y and I/K.

/** Convergence threshold of the continued fractions and series. */
export const CF_EPS: f64 = 1e-17;
/** Smallest value the modified Lentz method substitutes for zero. */
export const CF_FPMIN: f64 = 1e-300;
/** Iteration cap; the fractions converge long before it for any finite x > 0. */
export const CF_MAXIT: i32 = 100000;
/** π in double. */
export const CF_PI: f64 = 3.141592653589793;
/** ln 2 in double. */
export const CF_LN2: f64 = 0.6931471805599453;

/** π in double-double: high and low parts. */
export const PI_HI: f64 = 3.141592653589793;
export const PI_LO: f64 = 1.2246467991473532e-16;
