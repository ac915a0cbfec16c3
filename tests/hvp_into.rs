//! `NAME_hvp_into` adds the gradient into the `g_` buffers and H v into the
//! `h_` buffers of the caller (scalars through `&mut`), and returns the
//! value. `_hvp` is checked against formulas, differences of the gradient
//! and symmetry elsewhere (`tests/second_order*.rs`, `tests/vectors.rs`);
//! here `_hvp_into` must give the same numbers, added to whatever the buffers
//! held: bit for bit from zeroed buffers, and within 1e-15 relative from
//! filled ones (one rounding per entry). One case is also checked against
//! central differences of `_grad` and by the symmetry <u, H v> = <v, H u>.
// Index loops are the supported way to read vectors; `&Vec<f64>` is a tested type.
#![allow(clippy::needless_range_loop, clippy::ptr_arg)]

use approx::assert_relative_eq;
use autodiff::differentiate;
use nalgebra::DVector;

/// The extended Rosenbrock function: its loop is replayed in reverse mode.
#[differentiate]
fn rosenbrock(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        s += 100.0 * a * a + b * b;
    }
    s
}

/// A scalar, an array and a Vec, with a branch on the data.
#[differentiate]
fn mixed(t: f64, a: [f64; 2], v: &Vec<f64>) -> f64 {
    let mut s = t * a[0] + a[1].sin();
    for i in 0..v.len() {
        if v[i] > t {
            s += v[i] * v[i] * t;
        } else {
            s += (v[i] * a[1]).exp();
        }
    }
    s * s
}

/// A nalgebra vector through `dot` and `norm_squared`.
#[differentiate]
fn quartic(x: &DVector<f64>, c: f64) -> f64 {
    let q = x.norm_squared();
    q * q + c * x.sum()
}

/// Recursion with a slice: `depth` levels of `x[k] * (1 + next)`.
#[differentiate]
fn nested(x: &[f64], k: usize) -> f64 {
    if k == x.len() {
        return 1.0;
    }
    x[k] * (1.0 + nested(x, k + 1)).ln()
}

/// Fills of the buffers before the call.
const FILL: f64 = 0.75;

fn close(a: &[f64], b: &[f64]) {
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(b) {
        assert_relative_eq!(*x, *y, max_relative = 1e-15, epsilon = 1e-300);
    }
}

#[test]
fn rosenbrock_adds_what_hvp_returns() {
    let x: Vec<f64> = (0..50).map(|i| 0.3 + 0.02 * i as f64).collect();
    let v: Vec<f64> = (0..50).map(|i| (i as f64 * 0.7).cos()).collect();
    let (y, g, hv) = rosenbrock_hvp(&x, &v);

    let (mut gz, mut hz) = (vec![0.0; 50], vec![0.0; 50]);
    let yz = rosenbrock_hvp_into(&x, &v, &mut gz, &mut hz);
    assert_eq!((yz, &gz, &hz), (y, &g, &hv));

    let (mut gf, mut hf) = (vec![FILL; 50], vec![-FILL; 50]);
    rosenbrock_hvp_into(&x, &v, &mut gf, &mut hf);
    let g_plus: Vec<f64> = g.iter().map(|g| g + FILL).collect();
    let hv_plus: Vec<f64> = hv.iter().map(|h| h - FILL).collect();
    close(&gf, &g_plus);
    close(&hf, &hv_plus);
}

#[test]
fn rosenbrock_hvp_into_against_differences_and_symmetry() {
    let x: Vec<f64> = (0..12).map(|i| 0.9 - 0.1 * i as f64).collect();
    let v: Vec<f64> = (0..12).map(|i| (i as f64).sin()).collect();
    let u: Vec<f64> = (0..12).map(|i| 1.0 / (1.0 + i as f64)).collect();
    let (mut g, mut hv) = (vec![0.0; 12], vec![0.0; 12]);
    rosenbrock_hvp_into(&x, &v, &mut g, &mut hv);
    // Central differences of the gradient along v, step 1e-5: error O(h^2 |f''''|) ~ 1e-7.
    let h = 1e-5;
    let shifted = |s: f64| {
        let p: Vec<f64> = x.iter().zip(&v).map(|(x, v)| x + s * v).collect();
        rosenbrock_grad(&p).1
    };
    let (plus, minus) = (shifted(h), shifted(-h));
    for i in 0..12 {
        assert_relative_eq!(hv[i], (plus[i] - minus[i]) / (2.0 * h), max_relative = 1e-6);
    }
    let (mut g2, mut hu) = (vec![0.0; 12], vec![0.0; 12]);
    rosenbrock_hvp_into(&x, &u, &mut g2, &mut hu);
    let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(a, b)| a * b).sum::<f64>();
    assert_relative_eq!(dot(&u, &hv), dot(&v, &hu), max_relative = 1e-13);
    assert_eq!(g, g2);
}

#[test]
fn scalars_arrays_and_vecs_add_into_their_buffers() {
    let (t, a, v) = (0.4, [0.3, -0.8], vec![0.1, 0.9, -0.5]);
    let (dt, da, dv) = (1.0, [-0.5, 0.25], vec![0.3, -1.0, 2.0]);
    let (y, gt, ga, gv, ht, ha, hv) = mixed_hvp(t, a, &v, dt, da, &dv);
    let (mut gt2, mut ht2) = (FILL, -FILL);
    let (mut ga2, mut ha2) = ([FILL; 2], [-FILL; 2]);
    let (mut gv2, mut hv2) = (vec![FILL; 3], vec![-FILL; 3]);
    let y2 = mixed_hvp_into(
        t, a, &v, dt, da, &dv, &mut gt2, &mut ga2, &mut gv2, &mut ht2, &mut ha2, &mut hv2,
    );
    assert_eq!(y2, y);
    close(&[gt2, ht2], &[gt + FILL, ht - FILL]);
    close(&ga2, &ga.map(|g| g + FILL));
    close(&ha2, &ha.map(|h| h - FILL));
    close(&gv2, &gv.iter().map(|g| g + FILL).collect::<Vec<_>>());
    close(&hv2, &hv.iter().map(|h| h - FILL).collect::<Vec<_>>());
}

#[test]
fn nalgebra_vectors_and_a_scalar_add_into_their_buffers() {
    let x = DVector::from_vec(vec![0.5, -1.5, 2.0, 0.25]);
    let dx = DVector::from_vec(vec![1.0, 0.0, -1.0, 0.5]);
    let (y, gx, gc, hx, hc) = quartic_hvp(&x, 0.3, &dx, -2.0);
    let (mut gx2, mut hx2) = (DVector::zeros(4), DVector::zeros(4));
    let (mut gc2, mut hc2) = (0.0, 0.0);
    let y2 = quartic_hvp_into(&x, 0.3, &dx, -2.0, &mut gx2, &mut gc2, &mut hx2, &mut hc2);
    assert_eq!((y2, &gx2, gc2, &hx2, hc2), (y, &gx, gc, &hx, hc));
}

#[test]
fn recursion_adds_into_its_buffers() {
    let x = [0.5, 1.5, 2.0, 0.8, 1.1];
    let d = [1.0, -1.0, 0.5, 0.0, 2.0];
    let (y, g, h) = nested_hvp(&x, 0, &d);
    let (mut g2, mut h2) = (vec![FILL; 5], vec![FILL; 5]);
    let y2 = nested_hvp_into(&x, 0, &d, &mut g2, &mut h2);
    assert_eq!(y2, y);
    close(&g2, &g.iter().map(|g| g + FILL).collect::<Vec<_>>());
    close(&h2, &h.iter().map(|h| h + FILL).collect::<Vec<_>>());
}

#[test]
#[should_panic(
    expected = "rosenbrock_hvp_into: the product buffer of `x` has length 2 but `x` has length 3"
)]
fn a_short_product_buffer_panics() {
    let (mut g, mut h) = (vec![0.0; 3], vec![0.0; 2]);
    rosenbrock_hvp_into(&[1.0, 2.0, 3.0], &[1.0, 0.0, 0.0], &mut g, &mut h);
}

#[test]
#[should_panic(
    expected = "rosenbrock_hvp_into: the gradient buffer of `x` has length 4 but `x` has length 3"
)]
fn a_long_gradient_buffer_panics() {
    let (mut g, mut h) = (vec![0.0; 4], vec![0.0; 3]);
    rosenbrock_hvp_into(&[1.0, 2.0, 3.0], &[1.0, 0.0, 0.0], &mut g, &mut h);
}

#[test]
#[should_panic(
    expected = "rosenbrock_hvp_into: the direction `v_x` has length 2 but `x` has length 3"
)]
fn a_short_direction_panics() {
    let (mut g, mut h) = (vec![0.0; 3], vec![0.0; 3]);
    rosenbrock_hvp_into(&[1.0, 2.0, 3.0], &[1.0, 0.0], &mut g, &mut h);
}
