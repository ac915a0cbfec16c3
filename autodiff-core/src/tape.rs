//! The tape that carries values from the forward sweep to the reverse sweep.
//!
//! Generated reverse-mode code runs in two sweeps. The forward sweep runs the
//! original function and pushes what the reverse sweep cannot recompute: the
//! values that derivative rules read, which branch each `if` took, how many
//! times each loop ran. The reverse sweep pops them in the opposite order.
//!
//! Pushing is the hot path of every loop, so [`Stack`] is built to cost no more
//! than a write by index into a preallocated buffer: the capacity check is one
//! predictable branch and the growth path is a cold function that cannot
//! unwind. A plain `Vec::push` in the same loop costs about twice as much under
//! the default `panic = "unwind"`, because its growth path may unwind and that
//! keeps the compiler from holding the length in a register.

use std::cell::Cell;
use std::marker::PhantomData;

/// A last-in, first-out stack of `Copy` values, tuned for generated sweeps.
///
/// # Example
/// ```
/// use autodiff_core::tape::Stack;
/// let mut s = Stack::new();
/// s.push(1.5);
/// s.push(2.5);
/// assert_eq!(s.pop(), 2.5);
/// assert_eq!(s.len(), 1);
/// ```
pub struct Stack<T: Copy> {
    ptr: *mut T,
    len: usize,
    cap: usize,
    owns: PhantomData<T>,
}

// SAFETY: a `Stack` owns its buffer exactly like a `Vec<T>` does.
unsafe impl<T: Copy + Send> Send for Stack<T> {}
// SAFETY: shared references only allow reading the length.
unsafe impl<T: Copy + Sync> Sync for Stack<T> {}

impl<T: Copy> Stack<T> {
    /// An empty stack; it allocates on the first push.
    ///
    /// ```
    /// let s = autodiff_core::tape::Stack::<f64>::new();
    /// assert!(s.is_empty());
    /// ```
    pub fn new() -> Self {
        let mut buffer = std::mem::ManuallyDrop::new(Vec::<T>::new());
        Stack {
            ptr: buffer.as_mut_ptr(),
            len: 0,
            cap: buffer.capacity(),
            owns: PhantomData,
        }
    }

    /// Pushes a value.
    ///
    /// ```
    /// let mut s = autodiff_core::tape::Stack::new();
    /// s.push(7usize);
    /// assert_eq!(s.len(), 1);
    /// ```
    #[inline]
    pub fn push(&mut self, value: T) {
        if self.len == self.cap {
            let grown = grow(self.ptr, self.len, self.cap);
            self.ptr = grown.ptr;
            self.cap = grown.cap;
        }
        // SAFETY: `len < cap` holds here and the buffer has room for `cap` values.
        unsafe { self.ptr.add(self.len).write(value) };
        self.len += 1;
    }

    /// Pops the value pushed last.
    ///
    /// Popping an empty stack means the forward and reverse sweeps disagree,
    /// which is a bug in the generated code: the process aborts with a message.
    ///
    /// ```
    /// let mut s = autodiff_core::tape::Stack::new();
    /// s.push(3.0f32);
    /// assert_eq!(s.pop(), 3.0);
    /// ```
    #[inline]
    pub fn pop(&mut self) -> T {
        if self.len == 0 {
            underflow();
        }
        self.len -= 1;
        // SAFETY: the slot at `len` was written by `push` and not popped since.
        unsafe { self.ptr.add(self.len).read() }
    }

    /// The number of values on the stack.
    ///
    /// ```
    /// assert_eq!(autodiff_core::tape::Stack::<u8>::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the stack holds no values.
    ///
    /// ```
    /// assert!(autodiff_core::tape::Stack::<u8>::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Drops every value but keeps the allocation for the next use.
    ///
    /// ```
    /// let mut s = autodiff_core::tape::Stack::new();
    /// s.push(1u8);
    /// s.clear();
    /// assert!(s.is_empty());
    /// ```
    pub fn clear(&mut self) {
        self.len = 0;
    }

    /// How many values fit before the next allocation.
    ///
    /// ```
    /// let mut s = autodiff_core::tape::Stack::new();
    /// s.push(1u8);
    /// assert!(s.capacity() >= 1);
    /// ```
    pub fn capacity(&self) -> usize {
        self.cap
    }
}

impl<T: Copy> Default for Stack<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Copy> Drop for Stack<T> {
    fn drop(&mut self) {
        // SAFETY: `ptr` and `cap` come from a `Vec<T>`; `T: Copy` needs no drop.
        drop(unsafe { Vec::from_raw_parts(self.ptr, 0, self.cap) });
    }
}

/// The buffer after growth, returned by value so that the hot loop keeps the
/// stack's fields in registers.
#[repr(C)]
struct Grown<T> {
    ptr: *mut T,
    cap: usize,
}

/// Doubles the buffer. `extern "C"` makes the function unable to unwind (a
/// panic inside aborts), which is what keeps the caller's loop free of unwind
/// edges; `#[cold]` keeps it out of the hot path.
#[cold]
#[inline(never)]
#[allow(improper_ctypes_definitions)]
extern "C" fn grow<T>(ptr: *mut T, len: usize, cap: usize) -> Grown<T> {
    // SAFETY: the parts describe the stack's buffer, whose first `len` values are initialised.
    let mut buffer = std::mem::ManuallyDrop::new(unsafe { Vec::from_raw_parts(ptr, len, cap) });
    buffer.reserve(len.max(256));
    Grown {
        ptr: buffer.as_mut_ptr(),
        cap: buffer.capacity(),
    }
}

#[cold]
#[inline(never)]
extern "C" fn underflow() -> ! {
    panic!("autodiff: tape underflow: the reverse sweep popped more than the forward sweep pushed (a bug in autodiff, please report it)")
}

/// What the forward sweep records for the reverse sweep: values of the active
/// scalar type `S`, and control words (branches taken, loop trip counts,
/// integer exponents).
///
/// # Example
/// ```
/// use autodiff_core::Tape;
/// let mut tape = Tape::<f64>::new();
/// tape.push(0.25);
/// tape.push_control(3);
/// assert_eq!(tape.pop_control(), 3);
/// assert_eq!(tape.pop(), 0.25);
/// assert!(tape.is_empty());
/// ```
pub struct Tape<S: Copy> {
    values: Stack<S>,
    control: Stack<usize>,
}

impl<S: Copy> Tape<S> {
    /// An empty tape.
    ///
    /// ```
    /// assert!(autodiff_core::Tape::<f32>::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Tape {
            values: Stack::new(),
            control: Stack::new(),
        }
    }

    /// Records a value.
    ///
    /// ```
    /// let mut tape = autodiff_core::Tape::new();
    /// tape.push(1.0f64);
    /// assert_eq!(tape.pop(), 1.0);
    /// ```
    #[inline]
    pub fn push(&mut self, value: S) {
        self.values.push(value);
    }

    /// Takes back the value recorded last.
    ///
    /// ```
    /// let mut tape = autodiff_core::Tape::new();
    /// tape.push(2.0f64);
    /// assert_eq!(tape.pop(), 2.0);
    /// ```
    #[inline]
    pub fn pop(&mut self) -> S {
        self.values.pop()
    }

    /// Records a control word: a branch index, a trip count, an exponent.
    ///
    /// ```
    /// let mut tape = autodiff_core::Tape::<f64>::new();
    /// tape.push_control(42);
    /// assert_eq!(tape.pop_control(), 42);
    /// ```
    #[inline]
    pub fn push_control(&mut self, word: usize) {
        self.control.push(word);
    }

    /// Takes back the control word recorded last.
    ///
    /// ```
    /// let mut tape = autodiff_core::Tape::<f64>::new();
    /// tape.push_control(1);
    /// assert_eq!(tape.pop_control(), 1);
    /// ```
    #[inline]
    pub fn pop_control(&mut self) -> usize {
        self.control.pop()
    }

    /// Whether both stacks are empty, as they are after a complete reverse sweep.
    ///
    /// ```
    /// assert!(autodiff_core::Tape::<f64>::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.control.is_empty()
    }

    /// The number of values and of control words on the tape.
    ///
    /// ```
    /// let mut tape = autodiff_core::Tape::<f64>::new();
    /// tape.push(1.0);
    /// assert_eq!(tape.len(), (1, 0));
    /// ```
    pub fn len(&self) -> (usize, usize) {
        (self.values.len(), self.control.len())
    }

    /// Empties the tape and keeps its memory.
    ///
    /// ```
    /// let mut tape = autodiff_core::Tape::<f64>::new();
    /// tape.push(1.0);
    /// tape.clear();
    /// assert!(tape.is_empty());
    /// ```
    pub fn clear(&mut self) {
        self.values.clear();
        self.control.clear();
    }
}

impl<S: Copy> Default for Tape<S> {
    fn default() -> Self {
        Self::new()
    }
}

/// A scalar type that can be active in differentiated code (`f64`, `f32`).
///
/// Each such type keeps one reusable tape per thread, so that repeated calls
/// of a generated `_vjp` or `_grad` do not allocate (a fresh multi-megabyte
/// buffer per call would make every call page-fault).
///
/// ```
/// use autodiff_core::tape::TapeScalar;
/// let n = f64::with_tape(|tape| {
///     tape.push(1.0);
///     tape.pop();
///     tape.len().0
/// });
/// assert_eq!(n, 0);
/// ```
pub trait TapeScalar: Copy + 'static {
    /// Runs `f` with this thread's cleared tape (or a fresh one if the
    /// thread's tape is already in use, as in a nested call).
    fn with_tape<R>(f: impl FnOnce(&mut Tape<Self>) -> R) -> R;

    /// Frees the memory that this thread's reusable tape holds.
    ///
    /// ```
    /// use autodiff_core::tape::TapeScalar;
    /// f64::release_thread_tape();
    /// ```
    fn release_thread_tape();
}

macro_rules! pooled_tape {
    ($scalar:ty, $pool:ident) => {
        thread_local! {
            static $pool: Cell<Option<Tape<$scalar>>> = const { Cell::new(None) };
        }

        impl TapeScalar for $scalar {
            #[inline]
            fn with_tape<R>(f: impl FnOnce(&mut Tape<Self>) -> R) -> R {
                let mut tape = $pool.with(Cell::take).unwrap_or_default();
                tape.clear();
                let result = f(&mut tape);
                $pool.with(|pool| pool.set(Some(tape)));
                result
            }

            fn release_thread_tape() {
                $pool.with(|pool| pool.set(None));
            }
        }
    };
}

pooled_tape!(f64, TAPE_F64);
pooled_tape!(f32, TAPE_F32);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stack_round_trips_many_values_in_reverse_order() {
        let mut s = Stack::new();
        for i in 0..100_000usize {
            s.push(i);
        }
        for i in (0..100_000usize).rev() {
            assert_eq!(s.pop(), i);
        }
        assert!(s.is_empty());
    }

    #[test]
    fn nested_with_tape_gets_a_fresh_tape() {
        let outer = f64::with_tape(|outer| {
            outer.push(1.0);
            let inner_len = f64::with_tape(|inner| inner.len());
            (outer.len(), inner_len)
        });
        assert_eq!(outer, ((1, 0), (0, 0)));
    }

    #[test]
    fn pooled_tape_is_cleared_between_uses() {
        f32::with_tape(|t| t.push(1.0));
        assert!(f32::with_tape(|t| t.is_empty()));
    }
}
