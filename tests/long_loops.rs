//! Loops of 10^7 iterations through `_grad` and `_hvp`: the results against
//! the chain rule written out by hand, and the memory the tape takes, counted
//! by an allocator that tracks the bytes each thread holds. README.md ("Deep
//! recursion and long loops") documents the records per iteration; the tape's
//! buffers grow by doubling, so the memory is between one and two times the
//! records. Each test prints what it measured (`-- --nocapture`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use approx::relative_eq;
use autodiff::differentiate;
use autodiff::TapeScalar;

/// Counts the bytes each thread allocates and frees, and the peak.
struct Counting;

thread_local! {
    static HELD: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

fn add(bytes: usize) {
    let _ = HELD.try_with(|held| {
        held.set(held.get() + bytes);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(held.get())));
    });
}

fn sub(bytes: usize) {
    let _ = HELD.try_with(|held| held.set(held.get().saturating_sub(bytes)));
}

// SAFETY: every call is forwarded to the system allocator unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is the system allocator's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            add(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) };
        sub(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            sub(layout.size());
            add(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most bytes the calling thread held while `f` ran, beyond what it held
/// before; starts from a released tape.
fn peak_during<R>(f: impl FnOnce() -> R) -> (R, usize) {
    f64::release_thread_tape();
    let before = HELD.with(Cell::get);
    PEAK.with(|p| p.set(before));
    let result = f();
    let peak = PEAK.with(Cell::get) - before;
    f64::release_thread_tape();
    (result, peak)
}

const STEPS: usize = 10_000_000;

/// `l_{k+1} = r l_k (1 − l_k)` (as in `tests/long_runs.rs`).
#[differentiate]
fn logistic_rate(r: f64, x: f64, n: usize) -> f64 {
    let mut l = x;
    for _ in 1..n {
        l = r * l * (1.0 - l);
    }
    l
}

/// (value, gradient over (r, x), H v) by hand: with `f = r l (1 − l)`,
/// `∇l ← f_l ∇l + f_r e_r`, and along v, with `l̇ = ∇l · v`,
/// `∇̇l ← ḟ_l ∇l + f_l ∇̇l + ḟ_r e_r`, `ḟ_l = v_r (1 − 2l) − 2 r l̇`,
/// `ḟ_r = (1 − 2l) l̇`.
fn logistic_rate_by_hand(r: f64, x: f64, n: usize, v: [f64; 2]) -> (f64, [f64; 2], [f64; 2]) {
    let (mut l, mut g, mut gd) = (x, [0.0, 1.0], [0.0, 0.0]);
    for _ in 1..n {
        let ld = g[0] * v[0] + g[1] * v[1];
        let (fl, fr) = (r * (1.0 - 2.0 * l), l * (1.0 - l));
        let (fld, frd) = (v[0] * (1.0 - 2.0 * l) - 2.0 * r * ld, (1.0 - 2.0 * l) * ld);
        gd = [fld * g[0] + fl * gd[0] + frd, fld * g[1] + fl * gd[1]];
        g = [fl * g[0] + fr, fl * g[1]];
        l = r * l * (1.0 - l);
    }
    (l, g, gd)
}

/// A loop with a branch at each step: `t ← sin(t + b p_k)` with
/// `p_k = sin(k/1000)`, then `s += a t` if t > 0, else `s −= t²/2`.
#[differentiate]
fn wave(a: f64, b: f64, n: usize) -> f64 {
    let mut s = 0.0;
    let mut t = a;
    for k in 0..n {
        t = (t + b * (k as f64 * 1e-3).sin()).sin();
        if t > 0.0 {
            s += t * a;
        } else {
            s -= 0.5 * t * t;
        }
    }
    s
}

/// `wave` by hand, along v: with `u = t + b p`,
/// `∇t ← cos u (∇t + p e_b)`, `∇̇t ← −sin u (ṫ + p v_b)(∇t + p e_b) + cos u ∇̇t`,
/// then `∇s += a ∇t + t e_a`, `∇̇s += v_a ∇t + a ∇̇t + ṫ e_a` (t > 0) or
/// `∇s −= t ∇t`, `∇̇s −= ṫ ∇t + t ∇̇t`, where ṫ = ∇t · v.
fn wave_by_hand(a: f64, b: f64, n: usize, v: [f64; 2]) -> (f64, [f64; 2], [f64; 2]) {
    let dot = |g: [f64; 2]| g[0] * v[0] + g[1] * v[1];
    let (mut s, mut t) = (0.0, a);
    let (mut gs, mut gds) = ([0.0; 2], [0.0; 2]);
    let (mut gt, mut gdt) = ([1.0, 0.0], [0.0; 2]);
    for k in 0..n {
        let p = (k as f64 * 1e-3).sin();
        let u = t + b * p;
        let (sin, cos) = u.sin_cos();
        let (inner, inner_d) = ([gt[0], gt[1] + p], dot(gt) + p * v[1]);
        gdt = [0, 1].map(|i| -sin * inner_d * inner[i] + cos * gdt[i]);
        gt = inner.map(|g| cos * g);
        t = sin;
        let td = dot(gt);
        if t > 0.0 {
            gds = [0, 1].map(|i| gds[i] + v[0] * gt[i] + a * gdt[i] + [td, 0.0][i]);
            gs = [0, 1].map(|i| gs[i] + a * gt[i] + [t, 0.0][i]);
            s += t * a;
        } else {
            gds = [0, 1].map(|i| gds[i] - td * gt[i] - t * gdt[i]);
            gs = [0, 1].map(|i| gs[i] - t * gt[i]);
            s -= 0.5 * t * t;
        }
    }
    (s, gs, gds)
}

/// `got` within `relative` of `want`, relative to the largest entry of `want`.
fn assert_close(what: &str, got: &[f64], want: &[f64], relative: f64) {
    let scale = want.iter().fold(0.0f64, |m, w| m.max(w.abs()));
    for (g, w) in got.iter().zip(want) {
        assert!(
            relative_eq!(*g, *w, epsilon = relative * scale, max_relative = relative),
            "{what}: {got:?} vs {want:?}"
        );
    }
}

/// What `_hvp` of a function of two floats returns: value, gradient, H v.
type Hvp2 = (f64, f64, f64, f64, f64);

/// Checks `_grad`, `_jvp` and `_hvp` of a function of (p0, p1) at 10^7
/// steps against `hand`, and the tape's bytes per step against at most
/// twice the records the forward sweeps push per step (8 bytes each).
struct LongLoop {
    name: &'static str,
    value: f64,
    grad: fn() -> (f64, f64, f64),
    jvp: fn([f64; 2]) -> (f64, f64),
    hvp: fn([f64; 2]) -> Hvp2,
    hand: (f64, [f64; 2], [f64; 2]),
    v: [f64; 2],
    /// The fewest and the most records per step: of `_grad`'s forward
    /// sweep, of `_hvp`'s.
    records: [(usize, usize); 2],
    /// The relative tolerance of the comparison with the hand loop.
    tolerance: f64,
}

impl LongLoop {
    fn check(self) {
        let name = self.name;
        let ((y, g0, g1), grad_bytes) = peak_during(self.grad);
        let ((yh, hg0, hg1, h0, h1), hvp_bytes) = peak_during(|| (self.hvp)(self.v));
        let (yj, jv) = (self.jvp)(self.v);
        let (hand_value, hand_gradient, hand_hv) = self.hand;
        assert_eq!([y, yh, yj], [self.value; 3], "{name}: values");
        assert_close(name, &[y], &[hand_value], self.tolerance);
        assert_close(name, &[g0, g1], &hand_gradient, self.tolerance);
        assert_close(name, &[hg0, hg1], &hand_gradient, self.tolerance);
        let directional = hand_gradient[0] * self.v[0] + hand_gradient[1] * self.v[1];
        assert_close(name, &[jv], &[directional], self.tolerance);
        assert_close(name, &[h0, h1], &hand_hv, self.tolerance);
        for (what, bytes, records) in [
            ("_grad", grad_bytes, self.records[0]),
            ("_hvp", hvp_bytes, self.records[1]),
        ] {
            let per_step = bytes as f64 / STEPS as f64;
            let (fewest, most) = records;
            println!(
                "{name}{what}: tape {bytes} bytes, {per_step:.2} per step \
                 ({fewest} to {most} records of 8 bytes)"
            );
            assert!(
                per_step >= 8.0 * fewest as f64 && per_step <= 16.0 * most as f64,
                "{name}{what}: {per_step} bytes per step for {records:?} records"
            );
        }
    }
}

#[test]
fn ten_million_steps_of_the_logistic_map() {
    let (r, x, v) = (2.9, 0.3, [1.0, -0.5]);
    LongLoop {
        name: "logistic_rate",
        value: logistic_rate(r, x, STEPS),
        grad: || logistic_rate_grad(2.9, 0.3, STEPS),
        jvp: |v| logistic_rate_jvp(2.9, 0.3, STEPS, v[0], v[1]),
        hvp: |v| logistic_rate_hvp(2.9, 0.3, STEPS, v[0], v[1]),
        hand: logistic_rate_by_hand(r, x, STEPS, v),
        v,
        records: [(1, 1), (4, 4)],
        // The orbit sits on its fixed point: no rounding accumulates.
        tolerance: 1e-12,
    }
    .check();
}

#[test]
fn ten_million_steps_with_a_branch() {
    let (a, b, v) = (0.7, 0.4, [0.5, 1.0]);
    LongLoop {
        name: "wave",
        value: wave(a, b, STEPS),
        grad: || wave_grad(0.7, 0.4, STEPS),
        jvp: |v| wave_jvp(0.7, 0.4, STEPS, v[0], v[1]),
        hvp: |v| wave_hvp(0.7, 0.4, STEPS, v[0], v[1]),
        hand: wave_by_hand(a, b, STEPS, v),
        v,
        // `_grad`: p_k and t, and the branch taken; `_hvp`: five values,
        // a sixth on the `else` branch, and the branch.
        records: [(3, 3), (6, 7)],
        // Sums of 10^7 terms in another order: bounded by n ε ≈ 2e-9.
        tolerance: 2e-9,
    }
    .check();
}
