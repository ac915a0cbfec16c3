//! The tape of one replayed loop iteration.
//!
//! When the backward sweep replays a loop (re-runs an iteration's recording
//! code just before that iteration's backward code, instead of reading a
//! whole loop's records back from the main tape), an iteration whose body
//! has no inner loop records a number of values known when the macro
//! expands. Its records then go into an [`IterationTape`]: two arrays on the
//! stack, whose pushes and pops the compiler turns into plain registers once
//! the iteration is inlined, because every position is a constant.

/// A last-in, first-out store of at most `V` values and `C` control words,
/// with the methods of [`crate::Tape`] that recording code calls.
///
/// ```
/// use autodiff_core::IterationTape;
/// let mut tape = IterationTape::<f64, 2, 1>::new();
/// tape.push(1.5);
/// tape.push_control(7);
/// tape.push(2.5);
/// assert_eq!(tape.pop(), 2.5);
/// assert_eq!(tape.pop_control(), 7);
/// assert_eq!(tape.pop(), 1.5);
/// ```
pub struct IterationTape<S: Copy + Default, const V: usize, const C: usize> {
    values: [S; V],
    len: usize,
    control: [usize; C],
    control_len: usize,
}

impl<S: Copy + Default, const V: usize, const C: usize> IterationTape<S, V, C> {
    /// An empty tape.
    ///
    /// ```
    /// let tape = autodiff_core::IterationTape::<f64, 3, 2>::new();
    /// assert!(tape.is_empty());
    /// ```
    #[inline(always)]
    pub fn new() -> Self {
        IterationTape {
            values: [S::default(); V],
            len: 0,
            control: [0; C],
            control_len: 0,
        }
    }

    /// Records a value. Panics beyond `V` values (the macro counts them).
    ///
    /// ```
    /// let mut tape = autodiff_core::IterationTape::<f64, 1, 0>::new();
    /// tape.push(3.0);
    /// assert_eq!(tape.pop(), 3.0);
    /// ```
    #[inline(always)]
    pub fn push(&mut self, value: S) {
        self.values[self.len] = value;
        self.len += 1;
    }

    /// Takes back the value recorded last.
    ///
    /// ```
    /// let mut tape = autodiff_core::IterationTape::<f32, 1, 0>::new();
    /// tape.push(3.0);
    /// assert_eq!(tape.pop(), 3.0);
    /// ```
    #[inline(always)]
    pub fn pop(&mut self) -> S {
        self.len -= 1;
        self.values[self.len]
    }

    /// Records a control word. Panics beyond `C` words.
    ///
    /// ```
    /// let mut tape = autodiff_core::IterationTape::<f64, 0, 1>::new();
    /// tape.push_control(4);
    /// assert_eq!(tape.pop_control(), 4);
    /// ```
    #[inline(always)]
    pub fn push_control(&mut self, word: usize) {
        self.control[self.control_len] = word;
        self.control_len += 1;
    }

    /// Takes back the control word recorded last.
    ///
    /// ```
    /// let mut tape = autodiff_core::IterationTape::<f64, 0, 1>::new();
    /// tape.push_control(4);
    /// assert_eq!(tape.pop_control(), 4);
    /// ```
    #[inline(always)]
    pub fn pop_control(&mut self) -> usize {
        self.control_len -= 1;
        self.control[self.control_len]
    }

    /// Whether nothing is recorded.
    ///
    /// ```
    /// assert!(autodiff_core::IterationTape::<f64, 1, 1>::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len == 0 && self.control_len == 0
    }
}

impl<S: Copy + Default, const V: usize, const C: usize> Default for IterationTape<S, V, C> {
    fn default() -> Self {
        Self::new()
    }
}
