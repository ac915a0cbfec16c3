//! Calls that give a piece of a generated function a frame of its own.
//!
//! In a function that calls itself, every local of a level lives in that
//! level's frame until the level returns, so the stack of a deep recursion is
//! the depth times everything a level names. The `#[differentiate]` macro
//! moves the straight-line work between the recursive calls of its generated
//! functions into closures and runs them through these helpers: the work's
//! temporaries then live in the helper's frame, once, and a level's frame
//! keeps only what outlives a recursive call.
//!
//! `outlineN(f, a, b, ...)` calls `f(a, b, ...)` and is never inlined, so
//! that the closure (inlined into it) runs in its own frame in every build.
//! `outline_in_debugN` does the same in builds with debug assertions, where
//! every named value has a slot of its own, and is inlined in the others,
//! where the optimiser keeps the work's values in registers anyway. Taking
//! the values as arguments (`N` of them, in registers) rather than by capture
//! keeps them out of the caller's memory; through `outline_in_debugN` the
//! macro passes the variables that the work assigns and the caller reads
//! afterwards as `&mut` arguments, for a tuple returned would take slots of
//! its own in a debug build's frame. The macro uses the first where the
//! work calls a library function (`sin`, `exp`, ...), across which an
//! optimised frame would spill every live float, or follows a recursive call
//! (inlined, the optimiser may pack pairs of the values kept across that call
//! into vector registers and spill them whole), and the second elsewhere.
//!
//! ```
//! use autodiff_core::outline::{outline2, outline_in_debug1};
//! let (sum, product) = outline2(|a: f64, b: f64| (a + b, a * b), 2.0, 3.0);
//! assert_eq!((sum, product), (5.0, 6.0));
//! assert_eq!(outline_in_debug1(|a: f64| a.sin(), 0.0), 0.0);
//! ```

macro_rules! outlines {
    ($($never:ident $debug:ident ($($arg:ident: $ty:ident),*);)*) => {$(
        /// Calls `f` with the arguments that follow it, in a frame of its
        /// own (never inlined). See the [module documentation](self).
        #[inline(never)]
        #[allow(clippy::too_many_arguments)]
        pub fn $never<R, $($ty,)* F: FnOnce($($ty),*) -> R>(f: F, $($arg: $ty),*) -> R {
            f($($arg),*)
        }

        /// Calls `f` with the arguments that follow it, in a frame of its
        /// own in builds with debug assertions and inlined in the others.
        /// See the [module documentation](self).
        #[cfg_attr(debug_assertions, inline(never))]
        #[cfg_attr(not(debug_assertions), inline(always))]
        #[allow(clippy::too_many_arguments)]
        pub fn $debug<R, $($ty,)* F: FnOnce($($ty),*) -> R>(f: F, $($arg: $ty),*) -> R {
            f($($arg),*)
        }
    )*};
}

outlines! {
    outline0 outline_in_debug0();
    outline1 outline_in_debug1(a: A);
    outline2 outline_in_debug2(a: A, b: B);
    outline3 outline_in_debug3(a: A, b: B, c: C);
    outline4 outline_in_debug4(a: A, b: B, c: C, d: D);
    outline5 outline_in_debug5(a: A, b: B, c: C, d: D, e: E);
    outline6 outline_in_debug6(a: A, b: B, c: C, d: D, e: E, g: G);
    outline7 outline_in_debug7(a: A, b: B, c: C, d: D, e: E, g: G, h: H);
    outline8 outline_in_debug8(a: A, b: B, c: C, d: D, e: E, g: G, h: H, i: I);
    outline9 outline_in_debug9(a: A, b: B, c: C, d: D, e: E, g: G, h: H, i: I, j: J);
    outline10 outline_in_debug10(a: A, b: B, c: C, d: D, e: E, g: G, h: H, i: I, j: J, k: K);
    outline11 outline_in_debug11(a: A, b: B, c: C, d: D, e: E, g: G, h: H, i: I, j: J, k: K, l: L);
    outline12 outline_in_debug12(a: A, b: B, c: C, d: D, e: E, g: G, h: H, i: I, j: J, k: K, l: L, m: M);
    outline13 outline_in_debug13(a: A, b: B, c: C, d: D, e: E, g: G, h: H, i: I, j: J, k: K, l: L, m: M, n: N);
    outline14 outline_in_debug14(a: A, b: B, c: C, d: D, e: E, g: G, h: H, i: I, j: J, k: K, l: L, m: M, n: N, o: O);
    outline15 outline_in_debug15(a: A, b: B, c: C, d: D, e: E, g: G, h: H, i: I, j: J, k: K, l: L, m: M, n: N, o: O, p: P);
    outline16 outline_in_debug16(a: A, b: B, c: C, d: D, e: E, g: G, h: H, i: I, j: J, k: K, l: L, m: M, n: N, o: O, p: P, q: Q);
}
