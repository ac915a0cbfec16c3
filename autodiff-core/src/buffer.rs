//! Local vectors of floats inside generated code.
//!
//! A `#[differentiate]` function may build vectors of its own (`vec![0.0; n]`,
//! `[a, b]`, `Vec::with_capacity(n)` with `push`, `DVector::zeros(n)`) and
//! return one. Forward mode keeps a tangent vector of the same shape beside
//! each ([`ZerosLike`]); reverse mode keeps an [`AdjointBuffer`].

use core::ops::{Add, AddAssign};

use crate::VecAdjoint;

/// A vector of zeros shaped like another: the tangent of a local vector,
/// created beside it.
///
/// # Example
/// ```
/// use autodiff_core::ZerosLike;
/// assert_eq!(vec![1.0, 2.0].zeros_like(), vec![0.0, 0.0]);
/// assert_eq!([3.0_f32; 3].zeros_like(), [0.0; 3]);
/// let v = nalgebra::DVector::from_vec(vec![1.0, 2.0]);
/// assert_eq!(v.zeros_like(), nalgebra::DVector::zeros(2));
/// ```
pub trait ZerosLike {
    /// Zeros of the same length (and, for a `Vec`, the same capacity).
    fn zeros_like(&self) -> Self;
}

impl<S: Copy + Default> ZerosLike for Vec<S> {
    fn zeros_like(&self) -> Self {
        let mut zeros = Vec::with_capacity(self.capacity());
        zeros.resize(self.len(), S::default());
        zeros
    }
}

impl<S: Copy + Default, const N: usize> ZerosLike for [S; N] {
    fn zeros_like(&self) -> Self {
        [S::default(); N]
    }
}

impl<S, R, C> ZerosLike for nalgebra::OMatrix<S, R, C>
where
    S: nalgebra::Scalar + Default,
    R: nalgebra::Dim,
    C: nalgebra::Dim,
    nalgebra::DefaultAllocator: nalgebra::allocator::Allocator<R, C>,
{
    fn zeros_like(&self) -> Self {
        let (rows, columns) = self.shape_generic();
        Self::from_element_generic(rows, columns, S::default())
    }
}

/// The elements of a local vector as a slice: how its tangent is lent to a
/// callee (see [`VecTangent::of`](crate::VecTangent::of)).
///
/// # Example
/// ```
/// use autodiff_core::Elements;
/// assert_eq!(vec![1.0, 2.0].elements(), &[1.0, 2.0]);
/// assert_eq!([3.0_f32; 2].elements(), &[3.0, 3.0]);
/// assert_eq!(nalgebra::Vector2::new(1.0, 2.0).elements(), &[1.0, 2.0]);
/// ```
pub trait Elements<S> {
    /// All elements, in order.
    fn elements(&self) -> &[S];
}

impl<S> Elements<S> for Vec<S> {
    fn elements(&self) -> &[S] {
        self
    }
}

impl<S, const N: usize> Elements<S> for [S; N] {
    fn elements(&self) -> &[S] {
        self
    }
}

impl<S, R, C> Elements<S> for nalgebra::OMatrix<S, R, C>
where
    S: nalgebra::Scalar,
    R: nalgebra::Dim,
    C: nalgebra::Dim,
    nalgebra::DefaultAllocator: nalgebra::allocator::Allocator<R, C>,
{
    fn elements(&self) -> &[S] {
        self.as_slice()
    }
}

/// The adjoints of the elements of a local vector in the backward sweep of
/// reverse mode. It starts empty and grows as adjoints arrive (the sweep
/// meets the last use of a vector before its creation, when its length may
/// not be known); a missing element's adjoint is zero. It is one word: the
/// adjoints live behind a box, allocated when the first one arrives, so that
/// a level of a recursion that keeps the adjoints of a vector across its
/// recursive call keeps one word for them in its frame rather than a
/// vector's three.
///
/// # Example
/// ```
/// use autodiff_core::AdjointBuffer;
/// let mut b = AdjointBuffer::<f64>::new();
/// b.add_at(2, 1.5); // an element read `t = v[2]` sends back t's adjoint
/// b.add_at(2, 0.5);
/// assert_eq!(b.take(2), 2.0); // a store `v[2] = s` hands it on to `s`
/// assert_eq!(b.take(2), 0.0);
/// let mut seed = AdjointBuffer::from_seed(&[1.0, 2.0]);
/// b.absorb(&mut seed); // a move `w = v` adds w's adjoints to v's
/// assert_eq!(b.take_sum(), 3.0);
/// ```
#[derive(Clone, Debug, Default)]
pub struct AdjointBuffer<S> {
    // A boxed vector on purpose: one word where the buffer is kept.
    #[allow(clippy::box_collection)]
    adjoints: Option<Box<Vec<S>>>,
}

impl<S: Copy + Default + Add<Output = S> + AddAssign> AdjointBuffer<S> {
    /// No adjoints yet (nothing allocated).
    pub fn new() -> Self {
        AdjointBuffer { adjoints: None }
    }

    /// The adjoints of a function's vector result: the seed of reverse mode.
    pub fn from_seed(seed: &[S]) -> Self {
        AdjointBuffer {
            adjoints: Some(Box::new(seed.to_vec())),
        }
    }

    /// The adjoints so far.
    fn slice(&self) -> &[S] {
        self.adjoints.as_deref().map_or(&[], Vec::as_slice)
    }

    /// The adjoints so far, to change, allocated if there were none.
    #[inline(always)]
    fn adjoints_mut(&mut self) -> &mut Vec<S> {
        self.adjoints.get_or_insert_with(Default::default)
    }

    /// Adds `value` to the adjoint of element `k`.
    #[inline(always)]
    pub fn add_at(&mut self, k: usize, value: S) {
        self.reach(k + 1);
        self.adjoints_mut()[k] += value;
    }

    /// Grows the adjoints with zeros to at least `len` elements.
    #[inline(always)]
    fn reach(&mut self, len: usize) {
        if self.slice().len() < len {
            self.adjoints_mut().resize(len, S::default());
        }
    }

    /// The adjoint of element `k`, which is reset to zero.
    #[inline(always)]
    pub fn take(&mut self, k: usize) -> S {
        match self.adjoints.as_mut().and_then(|a| a.get_mut(k)) {
            Some(a) => core::mem::take(a),
            None => S::default(),
        }
    }

    /// The sum of all adjoints (of a vector filled with one value), which
    /// are cleared.
    pub fn take_sum(&mut self) -> S {
        let sum = self
            .slice()
            .iter()
            .fold(S::default(), |total, a| total + *a);
        self.clear();
        sum
    }

    /// Adds the adjoints of `other` into these and clears `other`.
    pub fn absorb(&mut self, other: &mut Self) {
        if self.slice().is_empty() {
            core::mem::swap(&mut self.adjoints, &mut other.adjoints);
            return;
        }
        if let Some(others) = other.adjoints.as_mut() {
            for (k, a) in others.drain(..).enumerate() {
                self.add_at(k, a);
            }
        }
    }

    /// The adjoints of the first `len` elements, lent to a callee's backward
    /// sweep (which adds into them): the local vector had `len` elements when
    /// it was passed.
    ///
    /// ```
    /// use autodiff_core::AdjointBuffer;
    /// let mut b = AdjointBuffer::<f64>::new();
    /// b.lend(3).add_at(2, 1.5);
    /// assert_eq!(b.take(2), 1.5);
    /// ```
    pub fn lend(&mut self, len: usize) -> VecAdjoint<'_, S> {
        self.reach(len);
        VecAdjoint::from(&mut self.adjoints_mut()[..len])
    }

    /// The adjoints of the first `len` elements, as the seed of the backward
    /// sweep of a function whose vector result (of `len` elements) this is.
    ///
    /// ```
    /// use autodiff_core::AdjointBuffer;
    /// let mut b = AdjointBuffer::<f64>::new();
    /// b.add_at(0, 2.0);
    /// assert_eq!(b.as_seed(2), &[2.0, 0.0]);
    /// ```
    pub fn as_seed(&mut self, len: usize) -> &[S] {
        self.reach(len);
        &self.slice()[..len]
    }

    /// Sets every adjoint to zero (keeping what is allocated).
    pub fn clear(&mut self) {
        if let Some(adjoints) = self.adjoints.as_mut() {
            adjoints.clear();
        }
    }
}
