//! Three self-recursive functions whose depth is a parameter, with their
//! gradients and Hessian-vector products by the chain rule written out by
//! hand (forward accumulation of the gradient, and of its derivative along a
//! direction v): a scalar recursion, one with a slice parameter, and one with
//! an active branch. Shared by the example `stack_depth` (the stack each
//! generated function uses per level) and `tests/deep_recursion.rs` (depth
//! 10^5 on a thread with the stack README.md documents). Each recursion
//! contracts towards a fixed point or a cycle, so values and derivatives stay
//! finite at any depth.
#![allow(dead_code)]

use autodiff::differentiate;

/// The value, the gradient and the Hessian times a direction, by hand.
pub struct ChainRule {
    /// The function's value.
    pub value: f64,
    /// The gradient over the active parameters in order (slices flattened).
    pub gradient: Vec<f64>,
    /// The Hessian times the direction.
    pub hessian_times: Vec<f64>,
}

/// `r_0 = x`, `r_d = r_{d−1} (1 − r_{d−1}/2) + x/4`: tends to `√(x/2)` for
/// 0 < x < 8.
#[differentiate]
pub fn scalar(x: f64, depth: u32) -> f64 {
    if depth == 0 {
        x
    } else {
        let r = scalar(x, depth - 1);
        r * (1.0 - 0.5 * r) + 0.25 * x
    }
}

/// `scalar` by hand along v: `g ← (1 − r) g + 1/4` and its derivative
/// `ġ ← (1 − r) ġ − (g v) g`.
pub fn scalar_chain_rule(x: f64, depth: u32, v: f64) -> ChainRule {
    let (mut r, mut g, mut gd) = (x, 1.0, 0.0);
    for _ in 0..depth {
        let rd = g * v;
        gd = (1.0 - r) * gd - rd * g;
        g = (1.0 - r) * g + 0.25;
        r = r * (1.0 - 0.5 * r) + 0.25 * x;
    }
    ChainRule {
        value: r,
        gradient: vec![g],
        hessian_times: vec![gd],
    }
}

/// `r_0 = a`, `r_d = r_{d−1} / 2 + x_i cos(r_{d−1} / 10) + a / 4` with
/// `i = d mod len(x)`: a contraction for |x_i| < 5.
#[differentiate]
pub fn slice(x: &[f64], a: f64, depth: u32) -> f64 {
    if depth == 0 {
        a
    } else {
        let r = slice(x, a, depth - 1);
        0.5 * r + x[depth as usize % x.len()] * (0.1 * r).cos() + 0.25 * a
    }
}

/// `slice` by hand along `(vx, va)`, the gradient over `(x, a)`: with
/// `s = 1/2 − x_i sin(r/10) / 10`, `∇r ← s ∇r + cos(r/10) e_i + e_a / 4`, and
/// along v `ṙ ← s ṙ + cos(r/10) v_i + v_a / 4`,
/// `ṡ = −v_i sin(r/10) / 10 − x_i cos(r/10) ṙ / 100`,
/// `∇̇r ← ṡ ∇r + s ∇̇r − sin(r/10) ṙ e_i / 10`.
pub fn slice_chain_rule(x: &[f64], a: f64, depth: u32, vx: &[f64], va: f64) -> ChainRule {
    let n = x.len();
    let (mut r, mut rd) = (a, va);
    let mut g = vec![0.0; n + 1];
    let mut gd = vec![0.0; n + 1];
    g[n] = 1.0;
    for d in 1..=depth {
        let i = d as usize % n;
        let (sin, cos) = (0.1 * r).sin_cos();
        let s = 0.5 - 0.1 * x[i] * sin;
        let sd = -0.1 * vx[i] * sin - 0.01 * x[i] * cos * rd;
        for k in 0..=n {
            gd[k] = sd * g[k] + s * gd[k];
            g[k] *= s;
        }
        g[i] += cos;
        g[n] += 0.25;
        gd[i] -= 0.1 * sin * rd;
        rd = s * rd + cos * vx[i] + 0.25 * va;
        r = 0.5 * r + x[i] * cos + 0.25 * a;
    }
    ChainRule {
        value: r,
        gradient: g,
        hessian_times: gd,
    }
}

/// `r_0 = x`, then `r_d = r/2 + y` if `r_{d−1} > 1`, else `r² + x/2`:
/// an active branch at every level.
#[differentiate]
pub fn branches(x: f64, y: f64, depth: u32) -> f64 {
    if depth == 0 {
        return x;
    }
    let r = branches(x, y, depth - 1);
    if r > 1.0 {
        0.5 * r + y
    } else {
        r * r + 0.5 * x
    }
}

/// `branches` by hand along `(vx, vy)`, on the branches it takes:
/// `∇r ← ∇r/2 + (0, 1)`, `∇̇r ← ∇̇r/2`, or `∇r ← 2r ∇r + (1/2, 0)`,
/// `∇̇r ← 2ṙ ∇r + 2r ∇̇r` with `ṙ = ∇r · v`.
pub fn branches_chain_rule(x: f64, y: f64, depth: u32, v: [f64; 2]) -> ChainRule {
    let (mut r, mut g, mut gd) = (x, [1.0, 0.0], [0.0, 0.0]);
    for _ in 0..depth {
        if r > 1.0 {
            gd = [0.5 * gd[0], 0.5 * gd[1]];
            g = [0.5 * g[0], 0.5 * g[1] + 1.0];
            r = 0.5 * r + y;
        } else {
            let rd = g[0] * v[0] + g[1] * v[1];
            gd = [2.0 * (rd * g[0] + r * gd[0]), 2.0 * (rd * g[1] + r * gd[1])];
            g = [2.0 * r * g[0] + 0.5, 2.0 * r * g[1]];
            r = r * r + 0.5 * x;
        }
    }
    ChainRule {
        value: r,
        gradient: g.to_vec(),
        hessian_times: gd.to_vec(),
    }
}
