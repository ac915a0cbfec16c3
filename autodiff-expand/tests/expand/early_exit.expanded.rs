fn first_large(x: f64, n: usize) -> f64 {
    let mut s = 0.0;
    for i in 0..n {
        let t = x * i as f64;
        if t > 10.0 {
            return t.sqrt();
        }
        s += t.sin();
    }
    s
}
#[doc(hidden)]
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline]
fn first_large__jvp(x: f64, n: usize, mut __autodiff_d0_x: f64, _: ()) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d2___autodiff_out: f64 = 0.0;
    let mut __autodiff_d3_s: f64 = 0.0;
    let mut s: f64 = 0.0;
    for i in (0..n) {
        let __autodiff_p10 = <f64 as ::autodiff::__private::FromPassive<
            _,
        >>::from_passive((i as f64));
        let __autodiff_n11 = (x * __autodiff_p10);
        let mut __autodiff_d5_t: f64 = (__autodiff_p10 * __autodiff_d0_x);
        let t: f64 = __autodiff_n11;
        if (t > 10.0) {
            let __autodiff_n12 = t.sqrt();
            __autodiff_d2___autodiff_out = ::autodiff::__private::Barrier::opaque(
                ((0.5 / __autodiff_n12.abs()) * __autodiff_d5_t),
            );
            __autodiff_out = ::autodiff::__private::Barrier::opaque(__autodiff_n12);
            return (__autodiff_out, __autodiff_d2___autodiff_out);
        }
        let __autodiff_n13 = t.sin();
        let __autodiff_n14 = (s + __autodiff_n13);
        __autodiff_d3_s = ::autodiff::__private::Barrier::opaque(
            (__autodiff_d3_s + (t.cos() * __autodiff_d5_t)),
        );
        s = __autodiff_n14;
    }
    __autodiff_d2___autodiff_out = ::autodiff::__private::Barrier::opaque(
        __autodiff_d3_s,
    );
    __autodiff_out = ::autodiff::__private::Barrier::opaque(s);
    (__autodiff_out, __autodiff_d2___autodiff_out)
}
#[doc(hidden)]
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline(never)]
fn first_large__fwd(
    x: f64,
    n: usize,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> f64 {
    let mut __autodiff_out: f64;
    let mut s: f64 = 0.0;
    let mut __autodiff_count0: usize = 0;
    for i in (0..n) {
        __autodiff_count0 = (__autodiff_count0 + 1);
        let __autodiff_p6 = <f64 as ::autodiff::__private::FromPassive<
            _,
        >>::from_passive((i as f64));
        let __autodiff_n7 = (x * __autodiff_p6);
        __autodiff_tape.push(__autodiff_p6);
        let t: f64 = __autodiff_n7;
        if (t > 10.0) {
            let __autodiff_n8 = t.sqrt();
            __autodiff_tape.push(__autodiff_n8);
            __autodiff_out = __autodiff_n8;
            __autodiff_tape.push_control((1) as usize);
            __autodiff_tape.push(t);
            __autodiff_tape.push_control((1) as usize);
            __autodiff_tape.push_control((__autodiff_count0) as usize);
            __autodiff_tape.push_control((2) as usize);
            return __autodiff_out;
        } else {
            __autodiff_tape.push_control((0) as usize);
        }
        let __autodiff_n9 = t.sin();
        let __autodiff_n10 = (s + __autodiff_n9);
        s = __autodiff_n10;
        __autodiff_tape.push(t);
        __autodiff_tape.push_control((3) as usize);
    }
    __autodiff_tape.push_control((__autodiff_count0) as usize);
    __autodiff_out = s;
    __autodiff_tape.push_control((4) as usize);
    __autodiff_out
}
#[doc(hidden)]
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline(never)]
fn first_large__bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed: f64,
    mut __autodiff_b0: f64,
    _: (),
) -> (f64, ()) {
    let mut __autodiff_b3: f64 = -0.0;
    let mut __autodiff_b5: f64 = -0.0;
    let mut __autodiff_s5: f64 = 0.0;
    let mut __autodiff_b2: f64 = __autodiff_seed;
    {
        let __autodiff_stop = __autodiff_tape.pop_control();
        if __autodiff_stop >= 3usize {
            let __autodiff_ob = __autodiff_b2;
            __autodiff_b2 = -0.0;
            __autodiff_b3 += __autodiff_ob;
        }
        let mut __autodiff_trips0: usize = __autodiff_tape.pop_control();
        while ::autodiff::__private::next_trip(&mut __autodiff_trips0) {
            {
                let __autodiff_stop = __autodiff_tape.pop_control();
                if __autodiff_stop > 0usize {
                    __autodiff_s5 = __autodiff_tape.pop();
                }
                if __autodiff_stop >= 2usize {
                    let __autodiff_ob = __autodiff_b3;
                    __autodiff_b3 = __autodiff_ob;
                    __autodiff_b5 += __autodiff_ob * __autodiff_s5.cos();
                }
                if __autodiff_tape.pop_control() != 0 {
                    {
                        let __autodiff_n8: f64 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b2;
                        __autodiff_b2 = -0.0;
                        __autodiff_b5 += __autodiff_ob * (0.5 / __autodiff_n8.abs());
                    }
                } else {
                    {}
                }
                let __autodiff_p6: f64 = __autodiff_tape.pop();
                let __autodiff_ob = __autodiff_b5;
                __autodiff_b5 = -0.0;
                __autodiff_b0 += __autodiff_ob * __autodiff_p6;
            }
        }
        __autodiff_b3 = -0.0;
        __autodiff_b2 = -0.0;
    }
    (__autodiff_b0, ())
}
#[doc(hidden)]
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline(never)]
fn first_large__jvp_fwd(
    x: f64,
    n: usize,
    mut __autodiff_d0_x: f64,
    _: (),
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d2___autodiff_out: f64 = 0.0;
    let mut __autodiff_d3_s: f64 = 0.0;
    let mut s: f64 = 0.0;
    let mut __autodiff_count0: usize = 0;
    for i in (0..n) {
        __autodiff_count0 = (__autodiff_count0 + 1);
        let __autodiff_p10 = <f64 as ::autodiff::__private::FromPassive<
            _,
        >>::from_passive((i as f64));
        let __autodiff_n16 = (x
            * <f64 as ::autodiff::__private::FromPassive<
                _,
            >>::from_passive(__autodiff_p10));
        let __autodiff_n11 = __autodiff_n16;
        let __autodiff_n17 = (<f64 as ::autodiff::__private::FromPassive<
            _,
        >>::from_passive(__autodiff_p10) * __autodiff_d0_x);
        let mut __autodiff_d5_t: f64 = __autodiff_n17;
        let t: f64 = __autodiff_n11;
        if (t > 10.0) {
            let __autodiff_n18 = t.sqrt();
            __autodiff_tape.push(__autodiff_n18);
            let __autodiff_n12 = __autodiff_n18;
            let __autodiff_n19 = __autodiff_n12.abs();
            let __autodiff_n20 = (0.5f64 / __autodiff_n19);
            let __autodiff_n21 = (__autodiff_n20 * __autodiff_d5_t);
            __autodiff_d2___autodiff_out = __autodiff_n21;
            __autodiff_out = __autodiff_n12;
            __autodiff_tape.push(__autodiff_n12);
            __autodiff_tape.push_control((1) as usize);
            __autodiff_tape
                .push(
                    <f64 as ::autodiff::__private::FromPassive<
                        _,
                    >>::from_passive(__autodiff_p10),
                );
            __autodiff_tape.push(__autodiff_d5_t);
            __autodiff_tape.push(t);
            __autodiff_tape.push_control((4) as usize);
            __autodiff_tape.push_control((__autodiff_count0) as usize);
            __autodiff_tape.push_control((4) as usize);
            return (__autodiff_out, __autodiff_d2___autodiff_out);
        } else {
            __autodiff_tape.push_control((0) as usize);
        }
        let __autodiff_n22 = t.sin();
        let __autodiff_n13 = __autodiff_n22;
        let __autodiff_n23 = (s + __autodiff_n13);
        let __autodiff_n14 = __autodiff_n23;
        let __autodiff_n24 = t.cos();
        let __autodiff_n25 = (__autodiff_n24 * __autodiff_d5_t);
        let __autodiff_n26 = (__autodiff_d3_s + __autodiff_n25);
        __autodiff_tape.push(__autodiff_n24);
        __autodiff_d3_s = __autodiff_n26;
        s = __autodiff_n14;
        __autodiff_tape
            .push(
                <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(__autodiff_p10),
            );
        __autodiff_tape.push(__autodiff_d5_t);
        __autodiff_tape.push(t);
        __autodiff_tape.push_control((9) as usize);
    }
    __autodiff_tape.push_control((__autodiff_count0) as usize);
    __autodiff_d2___autodiff_out = __autodiff_d3_s;
    __autodiff_out = s;
    __autodiff_tape.push_control((7) as usize);
    (__autodiff_out, __autodiff_d2___autodiff_out)
}
#[doc(hidden)]
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline(never)]
fn first_large__jvp_bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed0: f64,
    __autodiff_seed1: f64,
    mut __autodiff_b0: f64,
    _: (),
    mut __autodiff_b6: f64,
    _: (),
) -> (f64, (), f64, ()) {
    let mut __autodiff_b3: f64 = -0.0;
    let mut __autodiff_b5: f64 = -0.0;
    let mut __autodiff_b8: f64 = -0.0;
    let mut __autodiff_b9: f64 = -0.0;
    let mut __autodiff_b11: f64 = -0.0;
    let mut __autodiff_b12: f64 = -0.0;
    let mut __autodiff_b13: f64 = -0.0;
    let mut __autodiff_b14: f64 = -0.0;
    let mut __autodiff_s5: f64 = 0.0;
    let mut __autodiff_s9: f64 = 0.0;
    let mut __autodiff_s10: f64 = 0.0;
    let mut __autodiff_s12: f64 = 0.0;
    let mut __autodiff_b2: f64 = __autodiff_seed0;
    let mut __autodiff_b7: f64 = __autodiff_seed1;
    {
        let __autodiff_stop = __autodiff_tape.pop_control();
        if __autodiff_stop >= 6usize {
            let __autodiff_ob = __autodiff_b2;
            __autodiff_b2 = -0.0;
            __autodiff_b3 += __autodiff_ob;
        }
        if __autodiff_stop >= 5usize {
            let __autodiff_ob = __autodiff_b7;
            __autodiff_b7 = -0.0;
            __autodiff_b8 += __autodiff_ob;
        }
        let mut __autodiff_trips0: usize = __autodiff_tape.pop_control();
        while ::autodiff::__private::next_trip(&mut __autodiff_trips0) {
            {
                let __autodiff_stop = __autodiff_tape.pop_control();
                if __autodiff_stop > 3usize {
                    __autodiff_s5 = __autodiff_tape.pop();
                }
                if __autodiff_stop > 2usize {
                    __autodiff_s9 = __autodiff_tape.pop();
                }
                if __autodiff_stop > 0usize {
                    __autodiff_s10 = __autodiff_tape.pop();
                }
                if __autodiff_stop >= 8usize {
                    let __autodiff_ob = __autodiff_b3;
                    __autodiff_b3 = -0.0;
                    __autodiff_b14 += __autodiff_ob;
                }
                if __autodiff_stop >= 7usize {
                    let __autodiff_n24: f64 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b8;
                    __autodiff_b8 = __autodiff_ob;
                    __autodiff_b9 += __autodiff_ob * __autodiff_n24;
                    __autodiff_b5
                        += __autodiff_ob * (__autodiff_s9 * (-__autodiff_s5.sin()));
                }
                if __autodiff_stop >= 6usize {
                    let __autodiff_ob = __autodiff_b14;
                    __autodiff_b14 = -0.0;
                    __autodiff_b3 += __autodiff_ob;
                    __autodiff_b13 += __autodiff_ob;
                }
                if __autodiff_stop >= 5usize {
                    let __autodiff_ob = __autodiff_b13;
                    __autodiff_b13 = -0.0;
                    __autodiff_b5 += __autodiff_ob * __autodiff_s5.cos();
                }
                if __autodiff_tape.pop_control() != 0 {
                    {
                        __autodiff_s12 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b2;
                        __autodiff_b2 = -0.0;
                        __autodiff_b12 += __autodiff_ob;
                        let __autodiff_n19 = __autodiff_s12.abs();
                        let __autodiff_n20 = (0.5f64 / __autodiff_n19);
                        let __autodiff_ob = __autodiff_b7;
                        __autodiff_b7 = -0.0;
                        __autodiff_b9 += __autodiff_ob * __autodiff_n20;
                        __autodiff_b12
                            += __autodiff_ob
                                * ((__autodiff_s9 * (-(__autodiff_n20 / __autodiff_n19)))
                                    * (if (__autodiff_s12 == 0.0) {
                                        0.0
                                    } else {
                                        __autodiff_s12.signum()
                                    }));
                        let __autodiff_n18: f64 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b12;
                        __autodiff_b12 = -0.0;
                        __autodiff_b5 += __autodiff_ob * (0.5 / __autodiff_n18.abs());
                    }
                } else {
                    {}
                }
                let __autodiff_ob = __autodiff_b5;
                __autodiff_b5 = -0.0;
                __autodiff_b11 += __autodiff_ob;
                let __autodiff_ob = __autodiff_b9;
                __autodiff_b9 = -0.0;
                __autodiff_b6
                    += __autodiff_ob
                        * <f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(__autodiff_s10);
                let __autodiff_ob = __autodiff_b11;
                __autodiff_b11 = -0.0;
                __autodiff_b0
                    += __autodiff_ob
                        * <f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(__autodiff_s10);
            }
        }
        __autodiff_b3 = -0.0;
        __autodiff_b8 = -0.0;
        __autodiff_b7 = -0.0;
        __autodiff_b2 = -0.0;
    }
    (__autodiff_b0, (), __autodiff_b6, ())
}
#[doc(hidden)]
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline]
fn first_large__trace(
    x: f64,
    n: usize,
    mut __autodiff_o0: ::autodiff::__private::Operand,
    _: (),
    __autodiff_rec: &mut ::autodiff::__private::Recorder,
) -> (f64, ::autodiff::__private::Operand) {
    __autodiff_o0 = __autodiff_o0.or_const((x as f64));
    let mut __autodiff_out: f64;
    let mut __autodiff_o2: ::autodiff::__private::Operand = ::core::default::Default::default();
    let mut __autodiff_o3: ::autodiff::__private::Operand = ::autodiff::__private::Operand::Const(
        (0.0) as f64,
    );
    let mut s: f64 = 0.0;
    for i in (0..n) {
        let __autodiff_p10 = <f64 as ::autodiff::__private::FromPassive<
            _,
        >>::from_passive((i as f64));
        let __autodiff_n11 = (x * __autodiff_p10);
        let __autodiff_o11 = __autodiff_rec
            .op(
                "*",
                &[
                    __autodiff_o0,
                    ::autodiff::__private::Operand::Const((__autodiff_p10) as f64),
                ],
                (__autodiff_n11) as f64,
                &[(__autodiff_p10) as f64, (x) as f64],
            );
        let mut __autodiff_o5: ::autodiff::__private::Operand = __autodiff_o11;
        let t: f64 = __autodiff_n11;
        if (t > 10.0) {
            let __autodiff_n13 = t.sqrt();
            let __autodiff_o13 = __autodiff_rec
                .op(
                    "sqrt",
                    &[__autodiff_o5],
                    (__autodiff_n13) as f64,
                    &[((0.5 / __autodiff_n13.abs())) as f64],
                );
            __autodiff_o2 = __autodiff_o13;
            __autodiff_out = __autodiff_n13;
            return (__autodiff_out, __autodiff_o2);
        }
        let __autodiff_n15 = t.sin();
        let __autodiff_n16 = (s + __autodiff_n15);
        let __autodiff_o15 = __autodiff_rec
            .op("sin", &[__autodiff_o5], (__autodiff_n15) as f64, &[(t.cos()) as f64]);
        let __autodiff_o16 = __autodiff_rec
            .op(
                "+",
                &[__autodiff_o3, __autodiff_o15],
                (__autodiff_n16) as f64,
                &[(1.0) as f64, (1.0) as f64],
            );
        __autodiff_o3 = __autodiff_o16;
        s = __autodiff_n16;
    }
    __autodiff_o2 = __autodiff_o3;
    __autodiff_out = s;
    (__autodiff_out, __autodiff_o2)
}
///Forward mode of `first_large` (generated by `#[differentiate]`): returns the value and the directional derivative along one tangent per differentiated parameter. Panics if a tangent's length differs from its vector's.
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline]
fn first_large_jvp(x: f64, n: usize, dx: f64) -> (f64, f64) {
    let _ = first_large;
    first_large__jvp(x, n, dx, ())
}
///Reverse mode of `first_large` (generated by `#[differentiate]`): returns the value and `seed` times the partial derivative with respect to each differentiated parameter, in order (an owned vector for a vector parameter).
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline]
fn first_large_vjp(x: f64, n: usize, seed: f64) -> (f64, f64) {
    let _ = first_large;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = first_large__fwd(x, n, __autodiff_tape);
        let __autodiff_adjoints = first_large__bwd(__autodiff_tape, seed, -0.0, ());
        (__autodiff_value, __autodiff_adjoints)
    });
    (__autodiff_value, __autodiff_adjoints.0 + 0.0)
}
///Gradient of `first_large` (generated by `#[differentiate]`): the value and the partial derivative with respect to each differentiated parameter, in order.
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline]
fn first_large_grad(x: f64, n: usize) -> (f64, f64) {
    let _ = first_large;
    first_large_vjp(x, n, 1.0)
}
///Reverse mode of `first_large` into caller-owned buffers (generated by `#[differentiate]`): adds `seed` times each partial derivative into the `g_` argument of its parameter and returns the value. No allocation: the form for hot loops. Panics if a buffer's length differs from its vector's.
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline]
fn first_large_vjp_into(x: f64, n: usize, seed: f64, g_x: &mut f64) -> f64 {
    let _ = first_large;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = first_large__fwd(x, n, __autodiff_tape);
        let __autodiff_adjoints = first_large__bwd(__autodiff_tape, seed, -0.0, ());
        (__autodiff_value, __autodiff_adjoints)
    });
    *g_x += __autodiff_adjoints.0;
    __autodiff_value
}
///Gradient of `first_large` into caller-owned buffers (generated by `#[differentiate]`): adds each partial derivative into the `g_` argument of its parameter and returns the value.
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline]
fn first_large_grad_into(x: f64, n: usize, g_x: &mut f64) -> f64 {
    let _ = first_large;
    first_large_vjp_into(x, n, 1.0, g_x)
}
///Hessian-vector product of `first_large` (generated by `#[differentiate]`): the value, the gradient, and the Hessian times the direction given by one `v_` argument per differentiated parameter (reverse mode over forward mode, exact to rounding). Panics if a direction's length differs from its vector's.
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline]
fn first_large_hvp(x: f64, n: usize, v_x: f64) -> (f64, f64, f64) {
    let _ = first_large;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = first_large__jvp_fwd(x, n, v_x, (), __autodiff_tape);
        let __autodiff_adjoints = first_large__jvp_bwd(
            __autodiff_tape,
            0.0,
            1.0,
            -0.0,
            (),
            -0.0,
            (),
        );
        (__autodiff_value, __autodiff_adjoints)
    });
    (__autodiff_value, __autodiff_adjoints.2 + 0.0, __autodiff_adjoints.0 + 0.0)
}
///Hessian-vector product of `first_large` into caller-owned buffers (generated by `#[differentiate]`): adds the gradient into the `g_` argument and the Hessian times the direction (the `v_` arguments) into the `h_` argument of each differentiated parameter, and returns the value. No allocation: the form for hot loops (an inner solve's conjugate gradient). Panics if a direction's or a buffer's length differs from its vector's.
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline]
fn first_large_hvp_into(
    x: f64,
    n: usize,
    v_x: f64,
    g_x: &mut f64,
    h_x: &mut f64,
) -> f64 {
    let _ = first_large;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = first_large__jvp_fwd(x, n, v_x, (), __autodiff_tape);
        let __autodiff_adjoints = first_large__jvp_bwd(
            __autodiff_tape,
            0.0,
            1.0,
            -0.0,
            (),
            -0.0,
            (),
        );
        (__autodiff_value, __autodiff_adjoints)
    });
    *g_x += __autodiff_adjoints.2;
    *h_x += __autodiff_adjoints.0;
    __autodiff_value
}
///Hessian of `first_large` (generated by `#[differentiate]`) over the differentiated parameters in order (a vector's entries one after the other), one Hessian-vector product per column.
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline]
fn first_large_hessian(
    x: f64,
    n: usize,
) -> ::autodiff::__private::nalgebra::DMatrix<f64> {
    let _ = first_large;
    let mut __autodiff_size: usize = 0;
    let __autodiff_o_x = __autodiff_size;
    __autodiff_size += 1;
    let mut __autodiff_hessian = ::autodiff::__private::nalgebra::DMatrix::<
        f64,
    >::zeros(__autodiff_size, __autodiff_size);
    for __autodiff_column in 0..__autodiff_size {
        let __autodiff_result = first_large_hvp(
            ::core::clone::Clone::clone(&x),
            ::core::clone::Clone::clone(&n),
            if __autodiff_column == __autodiff_o_x { 1.0 } else { 0.0 },
        );
        __autodiff_hessian[(__autodiff_o_x, __autodiff_column)] = __autodiff_result.2;
    }
    __autodiff_hessian
}
///Evaluation trace of one call of `first_large` (generated by `#[differentiate]`): every elementary operation with its value, tangents and adjoint; `Display` prints Baydin et al.'s tables.
#[allow(
    unused_mut,
    unused_variables,
    unused_assignments,
    unused_parens,
    unused_braces,
    unreachable_code,
    non_snake_case,
    dead_code,
    clippy::all,
    clippy::pedantic
)]
#[inline]
fn first_large_trace(x: f64, n: usize) -> ::autodiff::__private::Trace {
    let _ = first_large;
    let mut __autodiff_rec = ::autodiff::__private::Recorder::new();
    let __autodiff_o0 = __autodiff_rec.input("x", x as f64);
    let (__autodiff_value, __autodiff_output) = first_large__trace(
        x,
        n,
        __autodiff_o0,
        (),
        &mut __autodiff_rec,
    );
    __autodiff_rec.name_output("y");
    __autodiff_rec.finish(__autodiff_value as f64, __autodiff_output)
}
