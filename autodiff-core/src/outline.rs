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
    outline1 outline_in_debug1(a0: T0);
    outline2 outline_in_debug2(a0: T0, a1: T1);
    outline3 outline_in_debug3(a0: T0, a1: T1, a2: T2);
    outline4 outline_in_debug4(a0: T0, a1: T1, a2: T2, a3: T3);
    outline5 outline_in_debug5(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4);
    outline6 outline_in_debug6(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5);
    outline7 outline_in_debug7(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6);
    outline8 outline_in_debug8(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7);
    outline9 outline_in_debug9(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8);
    outline10 outline_in_debug10(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9);
    outline11 outline_in_debug11(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10);
    outline12 outline_in_debug12(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11);
    outline13 outline_in_debug13(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11, a12: T12);
    outline14 outline_in_debug14(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11, a12: T12, a13: T13);
    outline15 outline_in_debug15(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11, a12: T12, a13: T13, a14: T14);
    outline16 outline_in_debug16(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11, a12: T12, a13: T13, a14: T14, a15: T15);
    outline17 outline_in_debug17(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11, a12: T12, a13: T13, a14: T14, a15: T15, a16: T16);
    outline18 outline_in_debug18(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11, a12: T12, a13: T13, a14: T14, a15: T15, a16: T16, a17: T17);
    outline19 outline_in_debug19(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11, a12: T12, a13: T13, a14: T14, a15: T15, a16: T16, a17: T17, a18: T18);
    outline20 outline_in_debug20(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11, a12: T12, a13: T13, a14: T14, a15: T15, a16: T16, a17: T17, a18: T18, a19: T19);
    outline21 outline_in_debug21(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11, a12: T12, a13: T13, a14: T14, a15: T15, a16: T16, a17: T17, a18: T18, a19: T19, a20: T20);
    outline22 outline_in_debug22(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11, a12: T12, a13: T13, a14: T14, a15: T15, a16: T16, a17: T17, a18: T18, a19: T19, a20: T20, a21: T21);
    outline23 outline_in_debug23(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11, a12: T12, a13: T13, a14: T14, a15: T15, a16: T16, a17: T17, a18: T18, a19: T19, a20: T20, a21: T21, a22: T22);
    outline24 outline_in_debug24(a0: T0, a1: T1, a2: T2, a3: T3, a4: T4, a5: T5, a6: T6, a7: T7, a8: T8, a9: T9, a10: T10, a11: T11, a12: T12, a13: T13, a14: T14, a15: T15, a16: T16, a17: T17, a18: T18, a19: T19, a20: T20, a21: T21, a22: T22, a23: T23);
}

/// A new heap frame: the default value of `T` (a tuple of empty vectors)
/// behind a box, built in a frame of its own (never inlined), so that the
/// tuple is not first laid out in the caller's frame and then copied.
///
/// In optimised builds, a recursion level keeps the vectors it holds across
/// its recursive calls in such a frame: one word of the level's frame for
/// all of them, where each vector would take three (the `#[differentiate]`
/// macro's `outline/heap.rs` writes this).
///
/// ```
/// use autodiff_core::outline::heap_frame;
/// let mut frame: Box<(Vec<f64>, Vec<f64>)> = heap_frame();
/// frame.0 = vec![1.0, 2.0];
/// frame.1.push(3.0);
/// assert_eq!(frame.0.len() + frame.1.len(), 3);
/// ```
#[inline(never)]
pub fn heap_frame<T: Default>() -> Box<T> {
    Box::default()
}
