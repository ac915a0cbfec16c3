//! The tangents and adjoints of vector arguments in generated code.
//!
//! Every hidden companion that `#[differentiate]` writes for a function with a
//! vector parameter (`&[f64]`, `Vec<f64>`, `[f64; N]`, ...) takes that
//! parameter's tangent as a [`VecTangent`] (forward mode) and its adjoint as a
//! [`VecAdjoint`] (reverse mode): a borrowed slice, or nothing. Nothing is a
//! zero tangent, and an adjoint that is discarded: what a caller passes when
//! the vector it hands over does not depend on the differentiated inputs
//! (passive data such as a row of a data set). Both are `Default`, so a caller
//! that cannot see the callee's types passes `Default::default()` for any
//! passive argument, as it does for a passive `f64` (0.0).
//!
//! The branch on "nothing" is the same at every element of one call, so the
//! processor predicts it.

use core::cell::Cell;

/// The tangent of a vector argument: a borrowed slice, or zero everywhere.
///
/// # Example
/// ```
/// use autodiff_core::VecTangent;
/// let dx = [1.0, 2.0];
/// assert_eq!(VecTangent::from(&dx[..]).at(1), 2.0);
/// assert_eq!(VecTangent::<f64>::default().at(7), 0.0);
/// ```
#[derive(Debug)]
pub struct VecTangent<'a, S>(Option<&'a [S]>);

impl<S> Clone for VecTangent<'_, S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S> Copy for VecTangent<'_, S> {}

impl<S> Default for VecTangent<'_, S> {
    fn default() -> Self {
        VecTangent(None)
    }
}

impl<'a, S> From<&'a [S]> for VecTangent<'a, S> {
    fn from(slice: &'a [S]) -> Self {
        VecTangent(Some(slice))
    }
}

impl<'a, S> VecTangent<'a, S> {
    /// The tangent held in a local vector (a `Vec`, an array, a nalgebra
    /// vector), lent to a callee.
    ///
    /// ```
    /// use autodiff_core::VecTangent;
    /// let dv = vec![0.5, 1.0];
    /// assert_eq!(VecTangent::of(&dv).at(1), 1.0);
    /// ```
    pub fn of<B: crate::Elements<S> + ?Sized>(vector: &'a B) -> Self {
        VecTangent(Some(vector.elements()))
    }
}

impl<S: Copy + Default> VecTangent<'_, S> {
    /// The tangent of element `k` (zero for a passive vector). Panics if `k`
    /// is out of bounds of the slice.
    #[inline(always)]
    pub fn at(self, k: usize) -> S {
        match self.0 {
            Some(slice) => slice[k],
            None => S::default(),
        }
    }
}

/// The adjoint of a vector argument: a borrowed buffer that adjoints are added
/// into, or nowhere (the adjoint is discarded). It is `Copy`, and copies add
/// into the same buffer: a call such as `dot(x, x)` passes the adjoint of `x`
/// twice, and the callee adds both contributions (the buffer is a slice of
/// `Cell`s, so this needs no `unsafe`).
///
/// # Example
/// ```
/// use autodiff_core::VecAdjoint;
/// let mut g = [0.0, 0.0];
/// let adjoint = VecAdjoint::from(&mut g[..]);
/// let again = adjoint;
/// adjoint.add_at(1, 2.5);
/// again.add_at(1, 0.5);
/// VecAdjoint::<f64>::default().add_at(0, 1.0);
/// assert_eq!(g, [0.0, 3.0]);
/// ```
pub struct VecAdjoint<'a, S>(Option<&'a [Cell<S>]>);

impl<S: Copy + core::fmt::Debug> core::fmt::Debug for VecAdjoint<'_, S> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_tuple("VecAdjoint").field(&self.0).finish()
    }
}

impl<S> Clone for VecAdjoint<'_, S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S> Copy for VecAdjoint<'_, S> {}

impl<S> Default for VecAdjoint<'_, S> {
    fn default() -> Self {
        VecAdjoint(None)
    }
}

impl<'a, S> From<&'a mut [S]> for VecAdjoint<'a, S> {
    fn from(slice: &'a mut [S]) -> Self {
        VecAdjoint(Some(Cell::from_mut(slice).as_slice_of_cells()))
    }
}

impl<S: Copy + core::ops::Add<Output = S>> VecAdjoint<'_, S> {
    /// Adds `value` to the adjoint of element `k` (nothing for a discarded
    /// adjoint). Panics if `k` is out of bounds of the buffer.
    ///
    /// The index goes through [`crate::barrier::opaque_index`], so that the
    /// adds into neighbouring elements (`g[i + 1] += b; g[i] += a`, as in a
    /// stencil) stay scalar and independent instead of being packed into
    /// one SIMD add that chains each iteration to the one before.
    #[inline(always)]
    pub fn add_at(self, k: usize, value: S) {
        if let Some(cells) = self.0 {
            let cell = &cells[crate::barrier::opaque_index(k)];
            cell.set(cell.get() + value);
        }
    }
}
