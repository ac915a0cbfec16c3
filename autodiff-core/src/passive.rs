//! Reading passive data into the active float type.
//!
//! Plain Rust lets a passive operand of float arithmetic be a reference
//! (`x * c` with `c: &f64`, or `c` from `for c in slice`). The generated
//! derivative code records such operands on the tape and compares them, so it
//! converts each one to the active float type first; this trait is that
//! conversion, resolved by rustc for whatever type the operand has.

/// Conversion of a passive operand into `Self`, the active float type (or
/// `i32`, the exponent type of `powi`).
///
/// # Example
/// ```
/// use autodiff_core::FromPassive;
/// let c = 2.5f64;
/// assert_eq!(<f64 as FromPassive<_>>::from_passive(&c), 2.5);
/// assert_eq!(<i32 as FromPassive<_>>::from_passive(&3), 3);
/// ```
pub trait FromPassive<T> {
    /// The value of `value` as `Self`.
    fn from_passive(value: T) -> Self;
}

// Builds with debug assertions call these rather than inline them: inlined
// without optimisation, the parameter takes a slot of the caller's frame, which
// a level of a recursive generated function keeps across its recursive call.
macro_rules! from_passive {
    ($($t:ty),*) => {
        $(
            from_passive!(@impl $t, $t, value => value);
            from_passive!(@impl $t, &$t, value => *value);
            from_passive!(@impl $t, &&$t, value => **value);
            from_passive!(@impl $t, &mut $t, value => *value);
        )*
    };
    (@impl $t:ty, $from:ty, $value:ident => $read:expr) => {
        impl FromPassive<$from> for $t {
            #[cfg_attr(not(debug_assertions), inline(always))]
            #[cfg_attr(debug_assertions, inline)]
            fn from_passive($value: $from) -> $t {
                $read
            }
        }
    };
}

from_passive!(f64, f32, i32);
