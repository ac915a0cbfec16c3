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

use crate::buffer::AdjointBuffer;

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
            cold();
            self.grow();
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

impl<T: Copy> Stack<T> {
    /// Doubles the buffer through a call that clobbers no register: the
    /// trampoline saves and restores every register the System V ABI lets a
    /// callee change, so the code around a push keeps its floats in registers
    /// instead of spilling them to the stack frame for a call that almost never
    /// happens (README.md, "Deep recursion and long loops"). The buffer's
    /// parts go in and out by value, as with the plain call, so that no
    /// pointer to the stack escapes and a loop can keep its length in a
    /// register.
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    #[inline(always)]
    fn grow(&mut self) {
        let (ptr, cap);
        // SAFETY: the block calls the trampoline (below), which calls
        // `grow::<T>(rdi, rsi, rdx)` with the stack's parts, as the plain call
        // does, and returns its result in rax and rdx, the block's outputs. It
        // preserves every other general-purpose register (rcx, rsi and rdi
        // keep their values, as `in` operands must) and, by XSAVE/XRSTOR (or
        // FXSAVE/FXRSTOR where the OS has not enabled XSAVE, which rules out
        // AVX), all x87, SSE, AVX and AVX-512 state, so the compiler may keep
        // any value in any other register across it; the flags are clobbered,
        // as `asm!` assumes without `preserves_flags`. Without `nostack` the
        // compiler aligns the stack for a call on entry and keeps nothing in
        // the red zone; the trampoline pushes below the stack pointer and
        // returns it unchanged. The direction flag is clear on entry (an
        // `asm!` guarantee), as the call needs. `grow` is `extern "C"`, the
        // System V ABI on this target, so it aborts rather than unwind
        // through the block. The block may read and write memory (no `nomem`):
        // `grow` moves the buffer and frees the old one.
        unsafe {
            core::arch::asm!(
                "call {trampoline}",
                trampoline = sym __autodiff_core_0_1_grow_trampoline,
                in("rdi") self.ptr,
                in("rsi") self.len,
                inout("rdx") self.cap => cap,
                in("rcx") grow::<T> as extern "C" fn(*mut T, usize, usize) -> Grown<T>,
                out("rax") ptr,
            );
        }
        self.ptr = ptr;
        self.cap = cap;
    }

    /// Doubles the buffer (other targets: a plain call).
    #[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
    #[inline(always)]
    fn grow(&mut self) {
        let grown = grow(self.ptr, self.len, self.cap);
        self.ptr = grown.ptr;
        self.cap = grown.cap;
    }
}

/// Marks the path that calls it as unlikely: the growth path stays out of
/// the hot code's straight line though it is inlined.
#[cold]
#[inline(always)]
fn cold() {}

#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
extern "C" {
    /// Calls the function in rcx with the arguments in rdi, rsi and rdx,
    /// returns its result in rax and rdx and preserves every other register;
    /// defined in the `global_asm!` below, called only from the `asm!` block
    /// of `Stack::grow` (its ABI is not C's).
    fn __autodiff_core_0_1_grow_trampoline();
}

// The trampoline. On entry the stack is aligned as for a call and the return
// address pushed. It saves rbp, the general-purpose registers that a System V
// callee may change (rcx, rdx, rsi, rdi, r8 to r11; rax is an output) and rbx,
// which `cpuid` overwrites; then the vector and x87 state: if CPUID.1:ECX
// bit 27 (OSXSAVE) is set, with XSAVE of components 0 to 7 (x87, SSE, AVX,
// MPX, AVX-512) into an area 64-byte aligned and as large as the highest end
// (offset + size, CPUID leaf 0xD) of those components, its header zeroed first
// as XRSTOR requires; else with FXSAVE (x87, MMX, xmm0-15, MXCSR: all there is
// without XSAVE). It calls rcx(rdi, rsi, rdx) on the aligned stack, keeps the
// result (rax, rdx) in its frame while it restores the state (XRSTOR takes its
// mask in edx:eax), and returns it with the other registers restored; the
// saved rdx's slot receives the result's rdx. CFI directives let a debugger or
// a backtrace walk through it.
#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
core::arch::global_asm!(
    ".pushsection .text.__autodiff_core_0_1_grow_trampoline,\"ax\",@progbits",
    ".p2align 4",
    ".globl __autodiff_core_0_1_grow_trampoline",
    ".hidden __autodiff_core_0_1_grow_trampoline",
    ".type __autodiff_core_0_1_grow_trampoline,@function",
    "__autodiff_core_0_1_grow_trampoline:",
    ".cfi_startproc",
    "push rbp",
    ".cfi_def_cfa_offset 16",
    ".cfi_offset rbp, -16",
    "mov rbp, rsp",
    ".cfi_def_cfa_register rbp",
    // [rbp - 8] rbx, - 16 rcx, - 24 rdx, - 32 rsi, - 40 rdi, - 48 r8,
    // - 56 r9, - 64 r10, - 72 r11, - 80 the result's rax.
    "push rbx",
    ".cfi_offset rbx, -24",
    "push rcx",
    "push rdx",
    "push rsi",
    "push rdi",
    "push r8",
    "push r9",
    "push r10",
    "push r11",
    "sub rsp, 8",
    "mov eax, 1",
    "cpuid",
    "bt ecx, 27",
    "jnc 3f",
    // r8d: the end of the highest of components 2 to 7, at least the legacy
    // area and the header (576 bytes).
    "mov r8d, 576",
    "mov r9d, 2",
    "2:",
    "mov eax, 0xd",
    "mov ecx, r9d",
    "cpuid",
    "add eax, ebx",
    "cmp eax, r8d",
    "cmova r8d, eax",
    "inc r9d",
    "cmp r9d, 8",
    "jb 2b",
    "sub rsp, r8",
    "and rsp, -64",
    "xor eax, eax",
    "mov [rsp + 512], rax",
    "mov [rsp + 520], rax",
    "mov [rsp + 528], rax",
    "mov [rsp + 536], rax",
    "mov [rsp + 544], rax",
    "mov [rsp + 552], rax",
    "mov [rsp + 560], rax",
    "mov [rsp + 568], rax",
    "mov eax, 0xff",
    "xor edx, edx",
    "xsave [rsp]",
    "mov rdi, [rbp - 40]",
    "mov rsi, [rbp - 32]",
    "mov rdx, [rbp - 24]",
    "call [rbp - 16]",
    "mov [rbp - 80], rax",
    "mov [rbp - 24], rdx",
    "mov eax, 0xff",
    "xor edx, edx",
    "xrstor [rsp]",
    "jmp 4f",
    "3:",
    "sub rsp, 512",
    "and rsp, -16",
    "fxsave [rsp]",
    "mov rdi, [rbp - 40]",
    "mov rsi, [rbp - 32]",
    "mov rdx, [rbp - 24]",
    "call [rbp - 16]",
    "mov [rbp - 80], rax",
    "mov [rbp - 24], rdx",
    "fxrstor [rsp]",
    "4:",
    "mov rax, [rbp - 80]",
    "lea rsp, [rbp - 72]",
    "pop r11",
    "pop r10",
    "pop r9",
    "pop r8",
    "pop rdi",
    "pop rsi",
    "pop rdx",
    "pop rcx",
    "pop rbx",
    "pop rbp",
    ".cfi_def_cfa rsp, 8",
    "ret",
    ".cfi_endproc",
    ".size __autodiff_core_0_1_grow_trampoline, . - __autodiff_core_0_1_grow_trampoline",
    ".popsection",
);

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
/// integer exponents). Two more stacks hold what a level of a recursive
/// backward sweep keeps across its recursive call: floats ([`Tape::spill`])
/// and the adjoints of local vectors ([`Tape::spill_buffer`]).
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
// `repr(C)` keeps the records, used by every sweep, at the front of the
// struct; the field order rustc picks otherwise put the spilled vectors first.
#[repr(C)]
pub struct Tape<S: Copy> {
    values: Stack<S>,
    control: Stack<usize>,
    spilled: Stack<S>,
    spilled_buffers: Vec<AdjointBuffer<S>>,
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
            spilled: Stack::new(),
            spilled_buffers: Vec::new(),
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

    /// Keeps a value aside, apart from the records: a backward sweep spills
    /// the values it needs after its recursive call, which pops the records
    /// of the levels below, so that they take no room in its stack frame.
    ///
    /// ```
    /// let mut tape = autodiff_core::Tape::new();
    /// tape.push(1.0f64);
    /// tape.spill(2.0);
    /// assert_eq!(tape.pop(), 1.0);
    /// assert_eq!(tape.unspill(), 2.0);
    /// ```
    #[inline]
    pub fn spill(&mut self, value: S) {
        self.spilled.push(value);
    }

    /// Takes back the value spilled last.
    ///
    /// ```
    /// let mut tape = autodiff_core::Tape::new();
    /// tape.spill(3.0f32);
    /// assert_eq!(tape.unspill(), 3.0);
    /// ```
    #[inline]
    pub fn unspill(&mut self) -> S {
        self.spilled.pop()
    }

    /// Keeps the adjoints of a local vector aside, as [`Tape::spill`] keeps a
    /// float: moved, not copied, so that the frame of a level of a recursive
    /// backward sweep does not hold the vector across its recursive call.
    ///
    /// ```
    /// use autodiff_core::{AdjointBuffer, Tape};
    /// let mut tape = Tape::<f64>::new();
    /// let mut adjoints = AdjointBuffer::new();
    /// adjoints.add_at(1, 2.0);
    /// tape.spill_buffer(adjoints);
    /// let mut adjoints = tape.unspill_buffer();
    /// assert_eq!(adjoints.take(1), 2.0);
    /// assert!(tape.is_empty());
    /// ```
    #[inline]
    pub fn spill_buffer(&mut self, adjoints: AdjointBuffer<S>) {
        self.spilled_buffers.push(adjoints);
    }

    /// Takes back the adjoints spilled last by [`Tape::spill_buffer`].
    ///
    /// # Panics
    /// If none are left (a bug in the generated code).
    #[inline]
    pub fn unspill_buffer(&mut self) -> AdjointBuffer<S> {
        match self.spilled_buffers.pop() {
            Some(adjoints) => adjoints,
            None => underflow(),
        }
    }

    /// Whether every stack is empty, as they are after a complete reverse sweep.
    ///
    /// ```
    /// assert!(autodiff_core::Tape::<f64>::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
            && self.control.is_empty()
            && self.spilled.is_empty()
            && self.spilled_buffers.is_empty()
    }

    /// The number of values and of control words recorded on the tape (spilled
    /// values not counted).
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
        self.spilled.clear();
        self.spilled_buffers.clear();
    }
}

/// Counts down one iteration of a loop that a backward sweep runs again:
/// `false` once `trips` is zero, else `true` with `trips` one less. The
/// `#[differentiate]` macro writes `while next_trip(&mut n) { .. }` with `n`
/// the loop's trip count popped from the tape, rather than
/// `for _ in 0..n`, whose range and each `next()` would take slots of a
/// debug build's frame.
///
/// ```
/// use autodiff_core::tape::next_trip;
/// let (mut trips, mut runs) = (3, 0);
/// while next_trip(&mut trips) {
///     runs += 1;
/// }
/// assert_eq!((runs, trips), (3, 0));
/// ```
#[inline]
pub fn next_trip(trips: &mut usize) -> bool {
    let more = *trips > 0;
    *trips = trips.saturating_sub(1);
    more
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

    /// Pushes `count` values made by `make` onto a fresh stack, through
    /// every growth, and pops them back.
    fn round_trip<T: Copy + PartialEq + std::fmt::Debug>(count: usize, make: impl Fn(usize) -> T) {
        let mut s = Stack::new();
        let mut growths = 0;
        for i in 0..count {
            let capacity = s.capacity();
            s.push(make(i));
            growths += usize::from(s.capacity() != capacity);
        }
        assert!(growths >= 10, "{growths} growths");
        for i in (0..count).rev() {
            assert_eq!(s.pop(), make(i));
        }
        assert!(s.is_empty());
    }

    #[test]
    fn stacks_of_every_tape_element_type_grow_and_round_trip() {
        round_trip(300_000, |i| i as f64 * 0.5 - 7.0);
        round_trip(300_000, |i| (i % 1000) as f32 * 0.25);
        round_trip(300_000, |i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        round_trip(300_000, |i| i as u8);
    }

    /// Values of all kinds live across pushes that grow the tape, as in a
    /// forward sweep: every value must come back unchanged.
    #[test]
    fn values_live_across_growing_pushes_survive() {
        let mut tape = Tape::<f64>::new();
        let mut live = [0.0f64; 24];
        let mut words = [0usize; 8];
        for round in 0..200_000usize {
            let r = round as f64;
            for (k, v) in live.iter_mut().enumerate() {
                *v = r * (k as f64 + 1.0);
            }
            for (k, w) in words.iter_mut().enumerate() {
                *w = round ^ (k << 40);
            }
            tape.push(live[round % 24]);
            tape.push_control(words[round % 8]);
            let sum: f64 = live.iter().sum();
            assert_eq!(sum, r * 300.0);
            assert!(words
                .iter()
                .enumerate()
                .all(|(k, &w)| w == round ^ (k << 40)));
        }
        for round in (0..200_000usize).rev() {
            assert_eq!(tape.pop_control(), round ^ ((round % 8) << 40));
            assert_eq!(tape.pop(), round as f64 * ((round % 24) as f64 + 1.0));
        }
    }

    /// The trampoline's contract, checked directly: registers loaded with
    /// known patterns before a growth come back unchanged, at each level of
    /// vector state the CPU has (xmm, ymm, zmm and mask registers).
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    mod trampoline {
        use super::super::*;

        /// Bytes per vector register at each level, and how many registers.
        const LEVELS: [(&str, usize, usize); 3] =
            [("sse", 16, 16), ("avx", 32, 16), ("avx512f", 64, 32)];

        /// A stack whose next push grows it, with a buffer worth copying.
        fn full_stack() -> Stack<f64> {
            let mut s = Stack::new();
            while s.len() < 100_000 || s.len() < s.capacity() {
                s.push(s.len() as f64);
            }
            s
        }

        /// Grows the stack, then overwrites every register a System V callee
        /// may change, up to the vector state of `LEVEL` (0: xmm, 1: ymm, 2:
        /// zmm and masks), as a growth through `realloc` might (a `realloc`
        /// that moves the buffer by `mremap` touches none).
        extern "C" fn clobbering_grow<const LEVEL: u8>(
            ptr: *mut f64,
            len: usize,
            cap: usize,
        ) -> Grown<f64> {
            let grown = grow(ptr, len, cap);
            // SAFETY: the block only writes registers, all declared clobbered
            // (`clobber_abi` covers the vector and mask registers); it runs
            // the AVX and AVX-512 instructions only for a LEVEL that the test
            // chose after detecting the feature.
            unsafe {
                core::arch::asm!(
                    "mov rax, -1", "mov rcx, -1", "mov rdx, -1", "mov rsi, -1", "mov rdi, -1",
                    "mov r8, -1", "mov r9, -1", "mov r10, -1", "mov r11, -1",
                    "pcmpeqd xmm0, xmm0", "pcmpeqd xmm1, xmm1", "pcmpeqd xmm2, xmm2", "pcmpeqd xmm3, xmm3",
                    "pcmpeqd xmm4, xmm4", "pcmpeqd xmm5, xmm5", "pcmpeqd xmm6, xmm6", "pcmpeqd xmm7, xmm7",
                    "pcmpeqd xmm8, xmm8", "pcmpeqd xmm9, xmm9", "pcmpeqd xmm10, xmm10", "pcmpeqd xmm11, xmm11",
                    "pcmpeqd xmm12, xmm12", "pcmpeqd xmm13, xmm13", "pcmpeqd xmm14, xmm14", "pcmpeqd xmm15, xmm15",
                    "cmp {level:e}, 1",
                    "jb 2f",
                    "vcmpps ymm0, ymm0, ymm0, 15", "vcmpps ymm1, ymm1, ymm1, 15", "vcmpps ymm2, ymm2, ymm2, 15",
                    "vcmpps ymm3, ymm3, ymm3, 15", "vcmpps ymm4, ymm4, ymm4, 15", "vcmpps ymm5, ymm5, ymm5, 15",
                    "vcmpps ymm6, ymm6, ymm6, 15", "vcmpps ymm7, ymm7, ymm7, 15", "vcmpps ymm8, ymm8, ymm8, 15",
                    "vcmpps ymm9, ymm9, ymm9, 15", "vcmpps ymm10, ymm10, ymm10, 15", "vcmpps ymm11, ymm11, ymm11, 15",
                    "vcmpps ymm12, ymm12, ymm12, 15", "vcmpps ymm13, ymm13, ymm13, 15", "vcmpps ymm14, ymm14, ymm14, 15",
                    "vcmpps ymm15, ymm15, ymm15, 15",
                    "cmp {level:e}, 2",
                    "jb 2f",
                    "vpternlogd zmm0, zmm0, zmm0, 0xff", "vpternlogd zmm1, zmm1, zmm1, 0xff",
                    "vpternlogd zmm2, zmm2, zmm2, 0xff", "vpternlogd zmm3, zmm3, zmm3, 0xff",
                    "vpternlogd zmm4, zmm4, zmm4, 0xff", "vpternlogd zmm5, zmm5, zmm5, 0xff",
                    "vpternlogd zmm6, zmm6, zmm6, 0xff", "vpternlogd zmm7, zmm7, zmm7, 0xff",
                    "vpternlogd zmm8, zmm8, zmm8, 0xff", "vpternlogd zmm9, zmm9, zmm9, 0xff",
                    "vpternlogd zmm10, zmm10, zmm10, 0xff", "vpternlogd zmm11, zmm11, zmm11, 0xff",
                    "vpternlogd zmm12, zmm12, zmm12, 0xff", "vpternlogd zmm13, zmm13, zmm13, 0xff",
                    "vpternlogd zmm14, zmm14, zmm14, 0xff", "vpternlogd zmm15, zmm15, zmm15, 0xff",
                    "vpternlogd zmm16, zmm16, zmm16, 0xff", "vpternlogd zmm17, zmm17, zmm17, 0xff",
                    "vpternlogd zmm18, zmm18, zmm18, 0xff", "vpternlogd zmm19, zmm19, zmm19, 0xff",
                    "vpternlogd zmm20, zmm20, zmm20, 0xff", "vpternlogd zmm21, zmm21, zmm21, 0xff",
                    "vpternlogd zmm22, zmm22, zmm22, 0xff", "vpternlogd zmm23, zmm23, zmm23, 0xff",
                    "vpternlogd zmm24, zmm24, zmm24, 0xff", "vpternlogd zmm25, zmm25, zmm25, 0xff",
                    "vpternlogd zmm26, zmm26, zmm26, 0xff", "vpternlogd zmm27, zmm27, zmm27, 0xff",
                    "vpternlogd zmm28, zmm28, zmm28, 0xff", "vpternlogd zmm29, zmm29, zmm29, 0xff",
                    "vpternlogd zmm30, zmm30, zmm30, 0xff", "vpternlogd zmm31, zmm31, zmm31, 0xff",
                    "kxnorw k1, k1, k1", "kxnorw k2, k2, k2", "kxnorw k3, k3, k3", "kxnorw k4, k4, k4",
                    "kxnorw k5, k5, k5", "kxnorw k6, k6, k6", "kxnorw k7, k7, k7",
                    "vzeroupper",
                    "2:",
                    level = in(reg) u32::from(LEVEL),
                    clobber_abi("C"),
                );
            }
            grown
        }

        /// Loads the vector registers of `level` and the general-purpose
        /// registers from `input`, calls the trampoline with the parts of
        /// `stack` (written into `input` first: the growth function in rcx,
        /// the capacity in rdx, the length in rsi, the buffer in rdi), and
        /// stores the registers into `output` (same layout: 2048 bytes of
        /// vectors, then rax, rcx, rdx, rsi, rdi, r8 to r11, 8 bytes each, then
        /// k1 to k7 in 8 bytes each, 2 of them used). The grown buffer and
        /// capacity come back in rax and rdx; the caller puts them into `stack`.
        fn through_trampoline(
            level: &str,
            stack: &Stack<f64>,
            input: &mut [u8],
            output: &mut [u8],
        ) {
            assert!(input.len() == 2048 + 80 + 64 && output.len() == input.len());
            let grow = match level {
                "sse" => clobbering_grow::<0>,
                "avx" => clobbering_grow::<1>,
                _ => clobbering_grow::<2>,
            } as extern "C" fn(*mut f64, usize, usize) -> Grown<f64>;
            let parts = [grow as usize, stack.cap, stack.len, stack.ptr as usize];
            for (k, part) in parts.iter().enumerate() {
                input[2056 + 8 * k..2064 + 8 * k].copy_from_slice(&part.to_ne_bytes());
            }
            macro_rules! run {
                ($load:literal, $store:literal) => {
                    // SAFETY: the block reads `input` and writes `output` (both
                    // large enough, asserted above) through r12 and r13, which
                    // it does not change; it sets every register it uses
                    // besides those, all declared clobbered, and calls the
                    // trampoline with a stack's parts in rdi, rsi and rdx and
                    // a growth function in rcx, as `Stack::grow` does.
                    unsafe {
                        core::arch::asm!(
                            $load,
                            "mov rax, [r12 + 2048]",
                            "mov rcx, [r12 + 2056]",
                            "mov rdx, [r12 + 2064]",
                            "mov rsi, [r12 + 2072]",
                            "mov rdi, [r12 + 2080]",
                            "mov r8, [r12 + 2088]",
                            "mov r9, [r12 + 2096]",
                            "mov r10, [r12 + 2104]",
                            "mov r11, [r12 + 2112]",
                            "call {trampoline}",
                            "mov [r13 + 2048], rax",
                            "mov [r13 + 2056], rcx",
                            "mov [r13 + 2064], rdx",
                            "mov [r13 + 2072], rsi",
                            "mov [r13 + 2080], rdi",
                            "mov [r13 + 2088], r8",
                            "mov [r13 + 2096], r9",
                            "mov [r13 + 2104], r10",
                            "mov [r13 + 2112], r11",
                            $store,
                            trampoline = sym __autodiff_core_0_1_grow_trampoline,
                            in("r12") input.as_ptr(),
                            in("r13") output.as_mut_ptr(),
                            out("rax") _, out("rcx") _, out("rdx") _,
                            out("rsi") _, out("rdi") _,
                            out("r8") _, out("r9") _, out("r10") _, out("r11") _,
                            clobber_abi("C"),
                        );
                    }
                };
            }
            match level {
                "sse" => run!(
                    "movdqu xmm0, [r12]\n movdqu xmm1, [r12 + 16]\n movdqu xmm2, [r12 + 32]\n movdqu xmm3, [r12 + 48]\n movdqu xmm4, [r12 + 64]\n movdqu xmm5, [r12 + 80]\n movdqu xmm6, [r12 + 96]\n movdqu xmm7, [r12 + 112]\n movdqu xmm8, [r12 + 128]\n movdqu xmm9, [r12 + 144]\n movdqu xmm10, [r12 + 160]\n movdqu xmm11, [r12 + 176]\n movdqu xmm12, [r12 + 192]\n movdqu xmm13, [r12 + 208]\n movdqu xmm14, [r12 + 224]\n movdqu xmm15, [r12 + 240]",
                    "movdqu [r13], xmm0\n movdqu [r13 + 16], xmm1\n movdqu [r13 + 32], xmm2\n movdqu [r13 + 48], xmm3\n movdqu [r13 + 64], xmm4\n movdqu [r13 + 80], xmm5\n movdqu [r13 + 96], xmm6\n movdqu [r13 + 112], xmm7\n movdqu [r13 + 128], xmm8\n movdqu [r13 + 144], xmm9\n movdqu [r13 + 160], xmm10\n movdqu [r13 + 176], xmm11\n movdqu [r13 + 192], xmm12\n movdqu [r13 + 208], xmm13\n movdqu [r13 + 224], xmm14\n movdqu [r13 + 240], xmm15"
                ),
                "avx" => run!(
                    "vmovdqu ymm0, [r12]\n vmovdqu ymm1, [r12 + 32]\n vmovdqu ymm2, [r12 + 64]\n vmovdqu ymm3, [r12 + 96]\n vmovdqu ymm4, [r12 + 128]\n vmovdqu ymm5, [r12 + 160]\n vmovdqu ymm6, [r12 + 192]\n vmovdqu ymm7, [r12 + 224]\n vmovdqu ymm8, [r12 + 256]\n vmovdqu ymm9, [r12 + 288]\n vmovdqu ymm10, [r12 + 320]\n vmovdqu ymm11, [r12 + 352]\n vmovdqu ymm12, [r12 + 384]\n vmovdqu ymm13, [r12 + 416]\n vmovdqu ymm14, [r12 + 448]\n vmovdqu ymm15, [r12 + 480]",
                    "vmovdqu [r13], ymm0\n vmovdqu [r13 + 32], ymm1\n vmovdqu [r13 + 64], ymm2\n vmovdqu [r13 + 96], ymm3\n vmovdqu [r13 + 128], ymm4\n vmovdqu [r13 + 160], ymm5\n vmovdqu [r13 + 192], ymm6\n vmovdqu [r13 + 224], ymm7\n vmovdqu [r13 + 256], ymm8\n vmovdqu [r13 + 288], ymm9\n vmovdqu [r13 + 320], ymm10\n vmovdqu [r13 + 352], ymm11\n vmovdqu [r13 + 384], ymm12\n vmovdqu [r13 + 416], ymm13\n vmovdqu [r13 + 448], ymm14\n vmovdqu [r13 + 480], ymm15\n vzeroupper"
                ),
                _ => run!(
                    "vmovdqu64 zmm0, [r12]\n vmovdqu64 zmm1, [r12 + 64]\n vmovdqu64 zmm2, [r12 + 128]\n vmovdqu64 zmm3, [r12 + 192]\n vmovdqu64 zmm4, [r12 + 256]\n vmovdqu64 zmm5, [r12 + 320]\n vmovdqu64 zmm6, [r12 + 384]\n vmovdqu64 zmm7, [r12 + 448]\n vmovdqu64 zmm8, [r12 + 512]\n vmovdqu64 zmm9, [r12 + 576]\n vmovdqu64 zmm10, [r12 + 640]\n vmovdqu64 zmm11, [r12 + 704]\n vmovdqu64 zmm12, [r12 + 768]\n vmovdqu64 zmm13, [r12 + 832]\n vmovdqu64 zmm14, [r12 + 896]\n vmovdqu64 zmm15, [r12 + 960]\n vmovdqu64 zmm16, [r12 + 1024]\n vmovdqu64 zmm17, [r12 + 1088]\n vmovdqu64 zmm18, [r12 + 1152]\n vmovdqu64 zmm19, [r12 + 1216]\n vmovdqu64 zmm20, [r12 + 1280]\n vmovdqu64 zmm21, [r12 + 1344]\n vmovdqu64 zmm22, [r12 + 1408]\n vmovdqu64 zmm23, [r12 + 1472]\n vmovdqu64 zmm24, [r12 + 1536]\n vmovdqu64 zmm25, [r12 + 1600]\n vmovdqu64 zmm26, [r12 + 1664]\n vmovdqu64 zmm27, [r12 + 1728]\n vmovdqu64 zmm28, [r12 + 1792]\n vmovdqu64 zmm29, [r12 + 1856]\n vmovdqu64 zmm30, [r12 + 1920]\n vmovdqu64 zmm31, [r12 + 1984]\n kmovw k1, [r12 + 2128]\n kmovw k2, [r12 + 2136]\n kmovw k3, [r12 + 2144]\n kmovw k4, [r12 + 2152]\n kmovw k5, [r12 + 2160]\n kmovw k6, [r12 + 2168]\n kmovw k7, [r12 + 2176]",
                    "vmovdqu64 [r13], zmm0\n vmovdqu64 [r13 + 64], zmm1\n vmovdqu64 [r13 + 128], zmm2\n vmovdqu64 [r13 + 192], zmm3\n vmovdqu64 [r13 + 256], zmm4\n vmovdqu64 [r13 + 320], zmm5\n vmovdqu64 [r13 + 384], zmm6\n vmovdqu64 [r13 + 448], zmm7\n vmovdqu64 [r13 + 512], zmm8\n vmovdqu64 [r13 + 576], zmm9\n vmovdqu64 [r13 + 640], zmm10\n vmovdqu64 [r13 + 704], zmm11\n vmovdqu64 [r13 + 768], zmm12\n vmovdqu64 [r13 + 832], zmm13\n vmovdqu64 [r13 + 896], zmm14\n vmovdqu64 [r13 + 960], zmm15\n vmovdqu64 [r13 + 1024], zmm16\n vmovdqu64 [r13 + 1088], zmm17\n vmovdqu64 [r13 + 1152], zmm18\n vmovdqu64 [r13 + 1216], zmm19\n vmovdqu64 [r13 + 1280], zmm20\n vmovdqu64 [r13 + 1344], zmm21\n vmovdqu64 [r13 + 1408], zmm22\n vmovdqu64 [r13 + 1472], zmm23\n vmovdqu64 [r13 + 1536], zmm24\n vmovdqu64 [r13 + 1600], zmm25\n vmovdqu64 [r13 + 1664], zmm26\n vmovdqu64 [r13 + 1728], zmm27\n vmovdqu64 [r13 + 1792], zmm28\n vmovdqu64 [r13 + 1856], zmm29\n vmovdqu64 [r13 + 1920], zmm30\n vmovdqu64 [r13 + 1984], zmm31\n kmovw [r13 + 2128], k1\n kmovw [r13 + 2136], k2\n kmovw [r13 + 2144], k3\n kmovw [r13 + 2152], k4\n kmovw [r13 + 2160], k5\n kmovw [r13 + 2168], k6\n kmovw [r13 + 2176], k7\n vzeroupper"
                ),
            }
        }

        #[test]
        fn the_growth_trampoline_preserves_every_register() {
            const SIZE: usize = 2048 + 80 + 64;
            let mut tested = Vec::new();
            for (level, width, count) in LEVELS {
                let available = match level {
                    "sse" => true,
                    "avx" => std::arch::is_x86_feature_detected!("avx"),
                    _ => std::arch::is_x86_feature_detected!("avx512f"),
                };
                if !available {
                    continue;
                }
                let mut input: Vec<u8> = (0..SIZE).map(|i| (i * 7 + 3) as u8 | 1).collect();
                let mut output = vec![0u8; SIZE];
                let mut stack = full_stack();
                let (len, capacity) = (stack.len(), stack.capacity());
                assert_eq!(len, capacity);
                through_trampoline(level, &stack, &mut input, &mut output);
                let word = |at: usize| usize::from_ne_bytes(output[at..at + 8].try_into().unwrap());
                stack.ptr = word(2048) as *mut f64;
                stack.cap = word(2064);
                assert!(stack.capacity() > capacity, "{level}: the stack grew");
                let vectors = width * count;
                assert_eq!(
                    input[..vectors],
                    output[..vectors],
                    "{level}: vector registers"
                );
                assert_eq!(input[2056..2064], output[2056..2064], "{level}: rcx");
                assert_eq!(
                    input[2072..2120],
                    output[2072..2120],
                    "{level}: rsi, rdi, r8 to r11"
                );
                if level == "avx512f" {
                    for at in (2128..2184).step_by(8) {
                        assert_eq!(
                            input[at..at + 2],
                            output[at..at + 2],
                            "{level}: mask registers"
                        );
                    }
                }
                for value in (0..len).rev() {
                    assert_eq!(stack.pop(), value as f64);
                }
                tested.push(level);
            }
            eprintln!("register levels tested: {tested:?}");
        }
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
