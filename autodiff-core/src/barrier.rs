//! A value barrier for generated loops.
//!
//! In a loop that carries a primal value and its tangent (`l` and `dl` in
//! `l = 4 l (1 - l); dl = (4 - 8 l) dl`), LLVM's SLP vectorizer likes to pack
//! the two recurrences into one SIMD register. That puts shuffles on the
//! primal's dependency chain and measured 1.7x the primal's time where the
//! unpacked loop runs at 1.1x. Passing the tangent through [`Barrier::opaque`]
//! hides it from the vectorizer at no cost: the function compiles to no
//! instruction (an empty `asm!` that keeps the value in its register).

/// Floats that can pass through a value barrier.
///
/// # Example
/// ```
/// use autodiff_core::Barrier;
/// assert_eq!(2.5f64.opaque(), 2.5);
/// assert_eq!(1.5f32.opaque(), 1.5);
/// ```
pub trait Barrier: Copy {
    /// `self`, unchanged, but opaque to the optimizer.
    fn opaque(self) -> Self;
}

macro_rules! barrier {
    ($t:ty, $aarch64_register:literal) => {
        impl Barrier for $t {
            /// Optimised x86 and x86_64 builds: an empty `asm!` on the register.
            #[cfg(all(not(debug_assertions), any(target_arch = "x86_64", target_arch = "x86")))]
            #[inline(always)]
            fn opaque(self) -> Self {
                let mut value = self;
                // SAFETY: the assembly is empty: it reads and writes nothing but
                // the register that holds `value`, which it leaves unchanged.
                unsafe {
                    core::arch::asm!("/* {0} */", inout(xmm_reg) value, options(pure, nomem, nostack, preserves_flags));
                }
                value
            }

            /// Optimised aarch64 builds: as on x86.
            #[cfg(all(not(debug_assertions), target_arch = "aarch64"))]
            #[inline(always)]
            fn opaque(self) -> Self {
                let mut value = self;
                // SAFETY: as on x86: an empty assembly block on the value's register.
                unsafe {
                    core::arch::asm!($aarch64_register, inout(vreg) value, options(pure, nomem, nostack, preserves_flags));
                }
                value
            }

            /// Unoptimised builds (which do not vectorize) and other targets.
            /// Builds with debug assertions call it rather than inline it:
            /// inlined, its parameter would take a slot of the caller's frame.
            #[cfg(not(all(
                not(debug_assertions),
                any(target_arch = "x86_64", target_arch = "x86", target_arch = "aarch64")
            )))]
            #[cfg_attr(not(debug_assertions), inline(always))]
            #[cfg_attr(debug_assertions, inline)]
            fn opaque(self) -> Self {
                self
            }
        }
    };
}

barrier!(f64, "/* {0:d} */");
barrier!(f32, "/* {0:s} */");

/// `k`, unchanged, but opaque to the optimizer: an element index the
/// compiler cannot relate to its neighbours' indices.
///
/// The backward sweep of a stencil adds into `g[i + 1]` and `g[i]` in one
/// iteration and into `g[i]` and `g[i - 1]` in the next. Seeing the two
/// indices adjacent, LLVM's SLP vectorizer packs both adds into one 16-byte
/// load, add and store; the next iteration's add then waits for that store,
/// which chains every iteration to the one before (measured 4x the primal
/// where scalar adds run at 2x). With opaque indices the adds stay scalar
/// and independent.
///
/// ```
/// assert_eq!(autodiff_core::barrier::opaque_index(7), 7);
/// ```
#[cfg_attr(not(debug_assertions), inline(always))]
#[cfg_attr(debug_assertions, inline)]
pub fn opaque_index(k: usize) -> usize {
    #[cfg(all(
        not(debug_assertions),
        any(target_arch = "x86_64", target_arch = "x86", target_arch = "aarch64")
    ))]
    {
        let mut k = k;
        // SAFETY: the assembly is empty: it leaves the register holding `k` unchanged.
        unsafe {
            core::arch::asm!("/* {0} */", inout(reg) k, options(pure, nomem, nostack, preserves_flags));
        }
        k
    }
    #[cfg(not(all(
        not(debug_assertions),
        any(target_arch = "x86_64", target_arch = "x86", target_arch = "aarch64")
    )))]
    {
        k
    }
}
