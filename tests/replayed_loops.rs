//! Loops that the public reverse-mode functions replay (the backward sweep
//! re-runs each iteration's recording code instead of reading the loop back
//! from the tape; see `autodiff-expand/src/reverse/replay.rs`), and loops
//! that look alike but must be recorded. Every function goes through the
//! first- and second-order checks of `common` (formula at 1e-12, central
//! differences, dot-product test, Hessian against differences of the
//! gradient); `these_loops_are_replayed` names the replaying sweeps of first
//! and second order, so the file fails to compile if the macro stops
//! replaying them.
// `counted` carries its index on purpose: the loop must be recorded.
#![allow(clippy::needless_range_loop, clippy::explicit_counter_loop)]

mod common;

use autodiff::differentiate;

const POINTS: &[&[f64]] = &[
    &[0.7, -1.3, 0.4, 2.1, -0.6],
    &[1.5, 0.2, -0.9, 0.8, 1.1, -2.0, 0.3],
];

/// Σ_i x_{i-1} x_i x_{i+1}: three neighbours, the adjoint of each element
/// added in three consecutive iterations.
#[differentiate]
fn stencil(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 1..x.len() - 1 {
        s += x[i - 1] * x[i] * x[i + 1];
    }
    s
}

fn stencil_gradient(x: &[f64]) -> Vec<f64> {
    let n = x.len();
    let mut g = vec![0.0; n];
    for i in 1..n - 1 {
        g[i - 1] += x[i] * x[i + 1];
        g[i] += x[i - 1] * x[i + 1];
        g[i + 1] += x[i - 1] * x[i];
    }
    g
}

#[test]
fn a_stencil() {
    check_slice!(stencil, stencil_jvp, stencil_vjp, stencil_grad, stencil_hvp,
        stencil_hessian; gradient: stencil_gradient, at: POINTS);
}

/// c Σ_i Σ_j (x_i − x_j)² with c = 1 / n: nested loops, the inner one reading
/// the outer one's variable, a top-level `let` read inside both.
#[differentiate]
fn pairwise(x: &[f64]) -> f64 {
    let n = x.len();
    let c = 1.0 / n as f64;
    let mut s = 0.0;
    for i in 0..n {
        let xi = x[i];
        for j in 0..n {
            let d = xi - x[j];
            s += c * d * d;
        }
    }
    s
}

fn pairwise_gradient(x: &[f64]) -> Vec<f64> {
    let n = x.len() as f64;
    let total: f64 = x.iter().sum();
    x.iter().map(|xk| 4.0 / n * (n * xk - total)).collect()
}

#[test]
fn nested_loops() {
    check_slice!(pairwise, pairwise_jvp, pairwise_vjp, pairwise_grad, pairwise_hvp,
        pairwise_hessian; gradient: pairwise_gradient, at: POINTS);
}

/// Σ_i (sin x_i if x_i > 0, x_i² otherwise): a branch on an element, so the
/// iteration records its branch.
#[differentiate]
fn branchy(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        if x[i] > 0.0 {
            s += x[i].sin();
        } else {
            s += x[i] * x[i];
        }
    }
    s
}

fn branchy_gradient(x: &[f64]) -> Vec<f64> {
    x.iter()
        .map(|v| if *v > 0.0 { v.cos() } else { 2.0 * v })
        .collect()
}

#[test]
fn a_branch_inside() {
    check_slice!(branchy, branchy_jvp, branchy_vjp, branchy_grad, branchy_hvp,
        branchy_hessian; gradient: branchy_gradient, at: POINTS);
}

/// x_0² Σ_{i ≥ 1} exp(x_i): the loop's partials read `w`, an active value
/// computed before it, which the backward sweep recomputes once.
#[differentiate]
fn prologue(x: &[f64]) -> f64 {
    let w = x[0] * x[0];
    let mut s = 0.0;
    for i in 1..x.len() {
        s += w * x[i].exp();
    }
    s
}

fn prologue_gradient(x: &[f64]) -> Vec<f64> {
    let tail: f64 = x[1..].iter().map(|v| v.exp()).sum();
    let mut g = vec![2.0 * x[0] * tail];
    g.extend(x[1..].iter().map(|v| x[0] * x[0] * v.exp()));
    g
}

#[test]
fn a_value_from_before_the_loop() {
    check_slice!(prologue, prologue_jvp, prologue_vjp, prologue_grad, prologue_hvp,
        prologue_hessian; gradient: prologue_gradient, at: POINTS);
}

/// 3 Σ_i sin x_i: an inclusive range with `_` as its pattern around the loop.
#[differentiate]
fn thrice(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for _ in 1..=3 {
        for i in 0..x.len() {
            s += x[i].sin();
        }
    }
    s
}

fn thrice_gradient(x: &[f64]) -> Vec<f64> {
    x.iter().map(|v| 3.0 * v.cos()).collect()
}

#[test]
fn an_inclusive_range() {
    check_slice!(thrice, thrice_jvp, thrice_vjp, thrice_grad, thrice_hvp,
        thrice_hessian; gradient: thrice_gradient, at: POINTS);
}

/// Π x_i: the carried product is read by the partials, so the loop is
/// recorded, not replayed.
#[differentiate]
fn product(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for i in 0..x.len() {
        p *= x[i];
    }
    p
}

fn product_gradient(x: &[f64]) -> Vec<f64> {
    (0..x.len())
        .map(|k| (0..x.len()).filter(|j| *j != k).map(|j| x[j]).product())
        .collect()
}

#[test]
fn a_carried_value_that_partials_read() {
    check_slice!(product, product_jvp, product_vjp, product_grad, product_hvp,
        product_hessian; gradient: product_gradient, at: POINTS);
}

/// Σ x_k³ with k a counter carried from one iteration to the next: the index
/// depends on the previous iterations, so the loop is recorded.
#[differentiate]
fn counted(x: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut k = 0;
    for _ in 0..x.len() {
        s += x[k] * x[k] * x[k];
        k += 1;
    }
    s
}

fn counted_gradient(x: &[f64]) -> Vec<f64> {
    x.iter().map(|v| 3.0 * v * v).collect()
}

#[test]
fn a_carried_index() {
    check_slice!(counted, counted_jvp, counted_vjp, counted_grad, counted_hvp,
        counted_hessian; gradient: counted_gradient, at: POINTS);
}

/// The logistic loss of the lecture with passive data: the outer loop over
/// samples is fused, with its inner loop replayed inside each iteration
/// (the inner loop's carried `z` is read by the partials).
#[differentiate(wrt(w))]
fn logistic(w: &[f64], features: &[f64], labels: &[f64]) -> f64 {
    let d = w.len();
    let mut loss = 0.0;
    for (i, y) in labels.iter().enumerate() {
        let mut z = 0.0;
        for j in 0..d {
            z += w[j] * features[i * d + j];
        }
        loss += (-y * z).exp().ln_1p();
    }
    loss
}

#[test]
fn passive_data_and_a_recorded_inner_loop() {
    let features = [0.5, -1.0, 2.0, 0.3, 1.5, -0.7];
    let labels = [1.0, -1.0, 1.0];
    let gradient = move |w: &[f64]| {
        let mut g = vec![0.0; 2];
        for (i, y) in labels.iter().enumerate() {
            let z = w[0] * features[2 * i] + w[1] * features[2 * i + 1];
            let sigma = 1.0 / (1.0 + (y * z).exp());
            g[0] -= y * sigma * features[2 * i];
            g[1] -= y * sigma * features[2 * i + 1];
        }
        g
    };
    common::Check::new(
        "logistic",
        Box::new(move |w| logistic(w, &features, &labels)),
        Box::new(move |w, d| logistic_jvp(w, &features, &labels, d)),
        Box::new(move |w, u| {
            let (y, g) = logistic_vjp(w, &features, &labels, u);
            [vec![y], g].concat()
        }),
        Box::new(move |w| {
            let (y, g) = logistic_grad(w, &features, &labels);
            [vec![y], g].concat()
        }),
    )
    .formula(gradient)
    .at(&[&[0.3, -0.8], &[-1.1, 0.4]]);
}

/// Σ_i Σ_j (x_i − x_j)² x_i: in the loop over j, the adjoint of `x[i]` (read
/// twice) is summed in a register and added into the gradient after the loop
/// (see `autodiff-expand/src/reverse/coalesce.rs`); that of `x[j]` goes to
/// memory in every iteration, and the two meet at j = i.
#[differentiate]
fn weighted_pairs(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        for j in 0..n {
            let d = x[i] - x[j];
            s += d * d * x[i];
        }
    }
    s
}

fn weighted_pairs_gradient(x: &[f64]) -> Vec<f64> {
    let mut g = vec![0.0; x.len()];
    for (i, xi) in x.iter().enumerate() {
        for xj in x {
            let d = xi - xj;
            g[i] += 2.0 * d * xi + d * d;
        }
    }
    for (k, xk) in x.iter().enumerate() {
        for xi in x {
            g[k] -= 2.0 * (xi - xk) * xi;
        }
    }
    g
}

#[test]
fn an_index_fixed_through_the_inner_loop() {
    check_slice!(weighted_pairs, weighted_pairs_jvp, weighted_pairs_vjp, weighted_pairs_grad,
        weighted_pairs_hvp, weighted_pairs_hessian; gradient: weighted_pairs_gradient, at: POINTS);
}

/// (Σ x_i²)(Σ x_j), with two reads at fixed indices that the primal never
/// makes, `x[i + n]` behind a condition that never holds and `x[i + 2n]` in an
/// empty loop: both out of bounds, so the backward sweep must not add their
/// (coalesced) adjoints into the gradient either.
#[differentiate]
fn reads_never_made(x: &[f64]) -> f64 {
    let n = x.len();
    let mut s = 0.0;
    for i in 0..n {
        for j in 0..n {
            if j > n {
                s += x[i + n];
            }
            s += x[i] * x[j] * x[i];
        }
        for _k in n..n {
            s += x[i + 2 * n];
        }
    }
    s
}

fn reads_never_made_gradient(x: &[f64]) -> Vec<f64> {
    let (sum, squares) = (x.iter().sum::<f64>(), x.iter().map(|v| v * v).sum::<f64>());
    x.iter().map(|v| 2.0 * v * sum + squares).collect()
}

#[test]
fn fixed_indices_the_primal_never_reads() {
    check_slice!(reads_never_made, reads_never_made_jvp, reads_never_made_vjp,
        reads_never_made_grad, reads_never_made_hvp, reads_never_made_hessian;
        gradient: reads_never_made_gradient, at: POINTS);
}

/// Σ x_i² over the elements whose sine exceeds the cosine of the next one,
/// minus Σ (2 x_i + 1) over the others: the condition reads active values
/// through elementary functions (a method and a path call), so it is kept as
/// written, and the replay evaluates it again.
#[differentiate]
fn conditioned(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        if x[i].sin() > f64::cos(x[(i + 1) % x.len()]) {
            s += x[i] * x[i];
        } else {
            s -= x[i].mul_add(2.0, 1.0);
        }
    }
    s
}

fn conditioned_gradient(x: &[f64]) -> Vec<f64> {
    (0..x.len())
        .map(|i| {
            if x[i].sin() > x[(i + 1) % x.len()].cos() {
                2.0 * x[i]
            } else {
                -2.0
            }
        })
        .collect()
}

#[test]
fn a_condition_with_elementary_functions() {
    check_slice!(conditioned, conditioned_jvp, conditioned_vjp, conditioned_grad,
        conditioned_hvp, conditioned_hessian; gradient: conditioned_gradient, at: POINTS);
}

/// A compile-time check: the replaying sweeps exist for these functions,
/// fused into one sweep (`autodiff-expand/src/reverse/fuse.rs`) where the
/// function is a sum over its loop.
#[allow(dead_code)]
fn these_loops_are_replayed() {
    let _ = (pairwise__rbwd, prologue__rbwd, prologue__jvp_rbwd);
    let _ = (logistic__wrt_rfused, logistic__wrt_jvp_rfused);
    let _ = (stencil__rfused, branchy__rfused, thrice__rfused);
    let _ = (weighted_pairs__rfused, reads_never_made__rfused);
    let _ = (
        stencil__jvp_rfused,
        pairwise__jvp_rfused,
        branchy__jvp_rfused,
    );
    let _ = (thrice__jvp_rfused, weighted_pairs__jvp_rfused);
    let _ = reads_never_made__jvp_rfused;
    let _ = (signed__rfused, signed__jvp_rfused);
    let _ = (lower_pairs__rfused, lower_pairs__jvp_rfused);
    let _ = (conditioned__rfused, conditioned__jvp_rfused);
}

/// x_5 Σ x_i for six elements or more, 0 otherwise: the value the loop reads
/// is defined after an early return, so the backward sweep must not compute
/// it for a shorter vector (where `x[5]` would panic).
#[differentiate]
fn guarded(x: &[f64]) -> f64 {
    if x.len() < 6 {
        return 0.0;
    }
    let a = x[5];
    let mut s = 0.0;
    for i in 0..x.len() {
        s += a * x[i];
    }
    s
}

fn guarded_gradient(x: &[f64]) -> Vec<f64> {
    if x.len() < 6 {
        return vec![0.0; x.len()];
    }
    let total: f64 = x.iter().sum();
    let mut g = vec![x[5]; x.len()];
    g[5] += total;
    g
}

#[test]
fn a_value_defined_after_an_early_return() {
    check_slice!(guarded, guarded_jvp, guarded_vjp, guarded_grad, guarded_hvp,
        guarded_hessian; gradient: guarded_gradient, at: POINTS);
}

/// 1.5 - Σ_{x_i > 0} sin x_i + Σ_{x_i ≤ 0} x_i²: a fused sum that starts at a
/// constant and is accumulated in both branches, `s -= t` in one and
/// `s = t + s` in the other.
#[differentiate]
#[allow(clippy::assign_op_pattern)]
fn signed(x: &[f64]) -> f64 {
    let mut s = 1.5;
    for i in 0..x.len() {
        if x[i] > 0.0 {
            s -= x[i].sin();
        } else {
            s = x[i] * x[i] + s;
        }
    }
    s
}

fn signed_gradient(x: &[f64]) -> Vec<f64> {
    x.iter()
        .map(|v| if *v > 0.0 { -v.cos() } else { 2.0 * v })
        .collect()
}

#[test]
fn a_fused_sum_over_branches() {
    check_slice!(signed, signed_jvp, signed_vjp, signed_grad, signed_hvp,
        signed_hessian; gradient: signed_gradient, at: POINTS);
}

/// Σ_{k < i} x_i x_k: the fused loop holds a `while` loop, which records its
/// iterations on the tape and accumulates into the sum.
#[differentiate]
fn lower_pairs(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let mut k = 0;
        while k < i {
            s += x[i] * x[k];
            k += 1;
        }
    }
    s
}

fn lower_pairs_gradient(x: &[f64]) -> Vec<f64> {
    let total: f64 = x.iter().sum();
    x.iter().map(|v| total - v).collect()
}

#[test]
fn a_fused_loop_around_a_recorded_one() {
    check_slice!(lower_pairs, lower_pairs_jvp, lower_pairs_vjp, lower_pairs_grad,
        lower_pairs_hvp, lower_pairs_hessian; gradient: lower_pairs_gradient, at: POINTS);
}

/// A function's name, primal, first-order value and second-order value.
type ValueCheck = (
    &'static str,
    fn(&[f64]) -> f64,
    fn(&[f64]) -> f64,
    fn(&[f64], &[f64]) -> f64,
);

/// The fused sweeps compute the value in the primal's order: `_grad`, `_vjp`
/// and `_hvp` return the primal's value bit for bit.
#[test]
fn fused_sweeps_return_the_primal_value_exactly() {
    for x in POINTS {
        let v: Vec<f64> = (0..x.len()).map(|i| 0.5 - i as f64 * 0.25).collect();
        let checks: [ValueCheck; 7] = [
            (
                "signed",
                signed,
                |x| signed_grad(x).0,
                |x, v| signed_hvp(x, v).0,
            ),
            (
                "lower_pairs",
                lower_pairs,
                |x| lower_pairs_grad(x).0,
                |x, v| lower_pairs_hvp(x, v).0,
            ),
            (
                "stencil",
                stencil,
                |x| stencil_grad(x).0,
                |x, v| stencil_hvp(x, v).0,
            ),
            (
                "branchy",
                branchy,
                |x| branchy_vjp(x, 2.0).0,
                |x, v| branchy_hvp(x, v).0,
            ),
            (
                "thrice",
                thrice,
                |x| thrice_grad(x).0,
                |x, v| thrice_hvp(x, v).0,
            ),
            (
                "weighted_pairs",
                weighted_pairs,
                |x| weighted_pairs_grad(x).0,
                |x, v| weighted_pairs_hvp(x, v).0,
            ),
            (
                "reads_never_made",
                reads_never_made,
                |x| reads_never_made_grad(x).0,
                |x, v| reads_never_made_hvp(x, v).0,
            ),
        ];
        for (name, primal, first, second) in checks {
            let y = primal(x);
            assert_eq!(first(x).to_bits(), y.to_bits(), "{name}: first order");
            assert_eq!(second(x, &v).to_bits(), y.to_bits(), "{name}: second order");
        }
    }
}
