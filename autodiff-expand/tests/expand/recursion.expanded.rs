fn power(x: f64, k: u32) -> f64 {
    if k == 0 { 1.0 } else { x * power(x, k - 1) }
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
fn power__jvp(x: f64, k: u32, mut __autodiff_d0_x: f64, _: ()) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d2___autodiff_out: f64 = 0.0;
    if (k == 0) {
        __autodiff_d2___autodiff_out = ::autodiff::__private::Barrier::opaque(0.0);
        __autodiff_out = ::autodiff::__private::Barrier::opaque(1.0);
    } else {
        {
            (__autodiff_d2___autodiff_out, __autodiff_out) = ::autodiff::__private::outline::outline3(
                |
                    (mut __autodiff_t3, mut __autodiff_d3___autodiff_t3),
                    mut __autodiff_d0_x,
                    mut x|
                {
                    let mut __autodiff_d2___autodiff_out;
                    let mut __autodiff_out;
                    let __autodiff_n7 = (x * __autodiff_t3);
                    __autodiff_d2___autodiff_out = ::autodiff::__private::Barrier::opaque(
                        ((__autodiff_t3 * __autodiff_d0_x)
                            + (x * __autodiff_d3___autodiff_t3)),
                    );
                    __autodiff_out = ::autodiff::__private::Barrier::opaque(
                        __autodiff_n7,
                    );
                    (__autodiff_d2___autodiff_out, __autodiff_out)
                },
                power__jvp(
                    x,
                    (k - 1),
                    __autodiff_d0_x,
                    ::core::default::Default::default(),
                ),
                __autodiff_d0_x,
                x,
            );
        }
    }
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
fn power__fwd(
    mut x: f64,
    k: u32,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> f64 {
    let mut __autodiff_out: f64;
    __autodiff_tape.spill(x);
    if (k == 0) {
        __autodiff_out = 1.0;
        __autodiff_tape.push_control((1) as usize);
    } else {
        {
            __autodiff_tape.spill(x);
            __autodiff_out = ::autodiff::__private::outline::outline2(
                |mut __autodiff_t3, mut __autodiff_tape| {
                    let mut __autodiff_out;
                    let mut x;
                    x = __autodiff_tape.unspill();
                    let __autodiff_n4 = (x * __autodiff_t3);
                    __autodiff_out = __autodiff_n4;
                    __autodiff_tape.push(__autodiff_t3);
                    (__autodiff_out)
                },
                power__fwd(x, (k - 1), __autodiff_tape),
                &mut *__autodiff_tape,
            );
        }
        __autodiff_tape.push_control((0) as usize);
    }
    x = __autodiff_tape.unspill();
    __autodiff_tape.push(x);
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
fn power__bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    mut __autodiff_b2: f64,
    mut __autodiff_b0: f64,
    _: (),
) -> (f64, ()) {
    {
        let mut __autodiff_s0: f64 = 0.0;
        __autodiff_s0 = __autodiff_tape.pop();
        if __autodiff_tape.pop_control() != 0 {
            {
                __autodiff_b2 = -0.0;
            }
        } else {
            {
                {
                    let __autodiff_ob;
                    __autodiff_ob = ::autodiff::__private::outline::outline_in_debug4(
                        |
                            mut __autodiff_b2,
                            mut __autodiff_s0,
                            mut __autodiff_tape,
                            __autodiff_ref0|
                        {
                            let mut __autodiff_b0 = *__autodiff_ref0;
                            let mut __autodiff_s3: f64 = 0.0;
                            __autodiff_s3 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b2;
                            __autodiff_b0 += __autodiff_ob * __autodiff_s3;
                            let mut __autodiff_b3: f64 = -0.0;
                            __autodiff_b3 += __autodiff_ob * __autodiff_s0;
                            let __autodiff_ob = __autodiff_b3;
                            *__autodiff_ref0 = __autodiff_b0;
                            (__autodiff_ob)
                        },
                        __autodiff_b2,
                        __autodiff_s0,
                        &mut *__autodiff_tape,
                        &mut __autodiff_b0,
                    );
                    (__autodiff_b0, _) = power__bwd(
                        __autodiff_tape,
                        __autodiff_ob,
                        __autodiff_b0,
                        ::core::default::Default::default(),
                    );
                }
            }
        }
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
fn power__jvp_fwd(
    mut x: f64,
    k: u32,
    mut __autodiff_d0_x: f64,
    _: (),
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> (f64, f64) {
    let mut __autodiff_out: f64;
    __autodiff_tape.spill(__autodiff_d0_x);
    __autodiff_tape.spill(x);
    let mut __autodiff_d2___autodiff_out: f64 = 0.0;
    if (k == 0) {
        __autodiff_d2___autodiff_out = ::autodiff::__private::Barrier::opaque(0.0);
        __autodiff_out = ::autodiff::__private::Barrier::opaque(1.0);
        __autodiff_tape.push_control((1) as usize);
    } else {
        {
            __autodiff_tape.spill(__autodiff_d0_x);
            __autodiff_tape.spill(x);
            (__autodiff_d2___autodiff_out, __autodiff_out) = ::autodiff::__private::outline::outline2(
                |
                    (mut __autodiff_t3, mut __autodiff_d3___autodiff_t3),
                    mut __autodiff_tape|
                {
                    let mut __autodiff_d0_x;
                    let mut __autodiff_d2___autodiff_out;
                    let mut __autodiff_out;
                    let mut x;
                    x = __autodiff_tape.unspill();
                    __autodiff_d0_x = __autodiff_tape.unspill();
                    let __autodiff_n9 = (x * __autodiff_t3);
                    let __autodiff_n7 = __autodiff_n9;
                    let __autodiff_n10 = (__autodiff_t3 * __autodiff_d0_x);
                    let __autodiff_n11 = (x * __autodiff_d3___autodiff_t3);
                    let __autodiff_n12 = (__autodiff_n10 + __autodiff_n11);
                    __autodiff_d2___autodiff_out = __autodiff_n12;
                    __autodiff_out = __autodiff_n7;
                    __autodiff_tape.push(__autodiff_t3);
                    __autodiff_tape.push(__autodiff_d3___autodiff_t3);
                    (__autodiff_d2___autodiff_out, __autodiff_out)
                },
                power__jvp_fwd(
                    x,
                    (k - 1),
                    __autodiff_d0_x,
                    ::core::default::Default::default(),
                    __autodiff_tape,
                ),
                &mut *__autodiff_tape,
            );
        }
        __autodiff_tape.push_control((0) as usize);
    }
    x = __autodiff_tape.unspill();
    __autodiff_d0_x = __autodiff_tape.unspill();
    __autodiff_tape.push(x);
    __autodiff_tape.push(__autodiff_d0_x);
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
fn power__jvp_bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    mut __autodiff_b2: f64,
    mut __autodiff_b5: f64,
    mut __autodiff_b0: f64,
    _: (),
    mut __autodiff_b4: f64,
    _: (),
) -> (f64, (), f64, ()) {
    {
        let mut __autodiff_s4: f64 = 0.0;
        __autodiff_s4 = __autodiff_tape.pop();
        let mut __autodiff_s0: f64 = 0.0;
        __autodiff_s0 = __autodiff_tape.pop();
        if __autodiff_tape.pop_control() != 0 {
            {
                __autodiff_b2 = -0.0;
                __autodiff_b5 = -0.0;
            }
        } else {
            {
                {
                    let mut __autodiff_b6: f64 = -0.0;
                    let mut __autodiff_b3: f64 = -0.0;
                    ::autodiff::__private::outline::outline_in_debug9(
                        |
                            mut __autodiff_b2,
                            mut __autodiff_b5,
                            mut __autodiff_s0,
                            mut __autodiff_s4,
                            mut __autodiff_tape,
                            __autodiff_ref0,
                            __autodiff_ref1,
                            __autodiff_ref2,
                            __autodiff_ref3|
                        {
                            let mut __autodiff_b0 = *__autodiff_ref0;
                            let mut __autodiff_b3 = *__autodiff_ref1;
                            let mut __autodiff_b4 = *__autodiff_ref2;
                            let mut __autodiff_b6 = *__autodiff_ref3;
                            let mut __autodiff_s6: f64 = 0.0;
                            __autodiff_s6 = __autodiff_tape.pop();
                            let mut __autodiff_s3: f64 = 0.0;
                            __autodiff_s3 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b2;
                            let mut __autodiff_b7: f64 = -0.0;
                            __autodiff_b7 += __autodiff_ob;
                            let __autodiff_ob = __autodiff_b5;
                            __autodiff_b0 += __autodiff_ob * __autodiff_s6;
                            __autodiff_b6 += __autodiff_ob * __autodiff_s0;
                            __autodiff_b3 += __autodiff_ob * __autodiff_s4;
                            __autodiff_b4 += __autodiff_ob * __autodiff_s3;
                            let __autodiff_ob = __autodiff_b7;
                            __autodiff_b0 += __autodiff_ob * __autodiff_s3;
                            __autodiff_b3 += __autodiff_ob * __autodiff_s0;
                            *__autodiff_ref0 = __autodiff_b0;
                            *__autodiff_ref1 = __autodiff_b3;
                            *__autodiff_ref2 = __autodiff_b4;
                            *__autodiff_ref3 = __autodiff_b6;
                            ()
                        },
                        __autodiff_b2,
                        __autodiff_b5,
                        __autodiff_s0,
                        __autodiff_s4,
                        &mut *__autodiff_tape,
                        &mut __autodiff_b0,
                        &mut __autodiff_b3,
                        &mut __autodiff_b4,
                        &mut __autodiff_b6,
                    );
                    (__autodiff_b0, _, __autodiff_b4, _) = power__jvp_bwd(
                        __autodiff_tape,
                        __autodiff_b3,
                        __autodiff_b6,
                        __autodiff_b0,
                        ::core::default::Default::default(),
                        __autodiff_b4,
                        ::core::default::Default::default(),
                    );
                }
            }
        }
    }
    (__autodiff_b0, (), __autodiff_b4, ())
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
fn power__trace(
    x: f64,
    k: u32,
    mut __autodiff_o0: ::autodiff::__private::Operand,
    _: (),
    __autodiff_rec: &mut ::autodiff::__private::Recorder,
) -> (f64, ::autodiff::__private::Operand) {
    let mut __autodiff_out: f64;
    let mut __autodiff_o2: ::autodiff::__private::Operand;
    __autodiff_o2 = ::autodiff::__private::outline::outline1(
        |mut x| {
            __autodiff_o0 = __autodiff_o0.or_const((x as f64));
            let mut __autodiff_o2: ::autodiff::__private::Operand = ::core::default::Default::default();
            (__autodiff_o2)
        },
        x,
    );
    if (k == 0) {
        (__autodiff_o2, __autodiff_out) = ::autodiff::__private::outline::outline0(|| {
            let mut __autodiff_o2;
            let mut __autodiff_out;
            __autodiff_o2 = ::autodiff::__private::Operand::Const((1.0) as f64);
            __autodiff_out = 1.0;
            (__autodiff_o2, __autodiff_out)
        });
    } else {
        {
            let (__autodiff_v7, __autodiff_ov8) = power__trace(
                x,
                (k - 1),
                __autodiff_o0,
                ::core::default::Default::default(),
                __autodiff_rec,
            );
            (__autodiff_o2, __autodiff_out) = ::autodiff::__private::outline::outline3(
                |mut __autodiff_rec, mut __autodiff_v7, mut x| {
                    let mut __autodiff_o2;
                    let mut __autodiff_out;
                    let mut __autodiff_o3: ::autodiff::__private::Operand = __autodiff_ov8;
                    let __autodiff_t3 = __autodiff_v7;
                    let __autodiff_n9 = (x * __autodiff_t3);
                    let __autodiff_o9 = __autodiff_rec
                        .op(
                            "*",
                            &[__autodiff_o0, __autodiff_o3],
                            (__autodiff_n9) as f64,
                            &[(__autodiff_t3) as f64, (x) as f64],
                        );
                    __autodiff_o2 = __autodiff_o9;
                    __autodiff_out = __autodiff_n9;
                    (__autodiff_o2, __autodiff_out)
                },
                &mut *__autodiff_rec,
                __autodiff_v7,
                x,
            );
        }
    }
    (__autodiff_out, __autodiff_o2)
}
///Forward mode of `power` (generated by `#[differentiate]`): returns the value and the directional derivative along one tangent per differentiated parameter. Panics if a tangent's length differs from its vector's.
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
fn power_jvp(x: f64, k: u32, dx: f64) -> (f64, f64) {
    let _ = power;
    power__jvp(x, k, dx, ())
}
///Reverse mode of `power` (generated by `#[differentiate]`): returns the value and `seed` times the partial derivative with respect to each differentiated parameter, in order (an owned vector for a vector parameter).
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
fn power_vjp(x: f64, k: u32, seed: f64) -> (f64, f64) {
    let _ = power;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = power__fwd(x, k, __autodiff_tape);
        let __autodiff_adjoints = power__bwd(__autodiff_tape, seed, -0.0, ());
        (__autodiff_value, __autodiff_adjoints)
    });
    (__autodiff_value, __autodiff_adjoints.0 + 0.0)
}
///Gradient of `power` (generated by `#[differentiate]`): the value and the partial derivative with respect to each differentiated parameter, in order.
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
fn power_grad(x: f64, k: u32) -> (f64, f64) {
    let _ = power;
    power_vjp(x, k, 1.0)
}
///Reverse mode of `power` into caller-owned buffers (generated by `#[differentiate]`): adds `seed` times each partial derivative into the `g_` argument of its parameter and returns the value. No allocation: the form for hot loops. Panics if a buffer's length differs from its vector's.
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
fn power_vjp_into(x: f64, k: u32, seed: f64, g_x: &mut f64) -> f64 {
    let _ = power;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = power__fwd(x, k, __autodiff_tape);
        let __autodiff_adjoints = power__bwd(__autodiff_tape, seed, -0.0, ());
        (__autodiff_value, __autodiff_adjoints)
    });
    *g_x += __autodiff_adjoints.0;
    __autodiff_value
}
///Gradient of `power` into caller-owned buffers (generated by `#[differentiate]`): adds each partial derivative into the `g_` argument of its parameter and returns the value.
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
fn power_grad_into(x: f64, k: u32, g_x: &mut f64) -> f64 {
    let _ = power;
    power_vjp_into(x, k, 1.0, g_x)
}
///Hessian-vector product of `power` (generated by `#[differentiate]`): the value, the gradient, and the Hessian times the direction given by one `v_` argument per differentiated parameter (reverse mode over forward mode, exact to rounding). Panics if a direction's length differs from its vector's.
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
fn power_hvp(x: f64, k: u32, v_x: f64) -> (f64, f64, f64) {
    let _ = power;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = power__jvp_fwd(x, k, v_x, (), __autodiff_tape);
        let __autodiff_adjoints = power__jvp_bwd(
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
///Hessian-vector product of `power` into caller-owned buffers (generated by `#[differentiate]`): adds the gradient into the `g_` argument and the Hessian times the direction (the `v_` arguments) into the `h_` argument of each differentiated parameter, and returns the value. No allocation: the form for hot loops (an inner solve's conjugate gradient). Panics if a direction's or a buffer's length differs from its vector's.
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
fn power_hvp_into(x: f64, k: u32, v_x: f64, g_x: &mut f64, h_x: &mut f64) -> f64 {
    let _ = power;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = power__jvp_fwd(x, k, v_x, (), __autodiff_tape);
        let __autodiff_adjoints = power__jvp_bwd(
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
///Hessian of `power` (generated by `#[differentiate]`) over the differentiated parameters in order (a vector's entries one after the other), one Hessian-vector product per column.
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
fn power_hessian(x: f64, k: u32) -> ::autodiff::__private::nalgebra::DMatrix<f64> {
    let _ = power;
    let mut __autodiff_size: usize = 0;
    let __autodiff_o_x = __autodiff_size;
    __autodiff_size += 1;
    let mut __autodiff_hessian = ::autodiff::__private::nalgebra::DMatrix::<
        f64,
    >::zeros(__autodiff_size, __autodiff_size);
    for __autodiff_column in 0..__autodiff_size {
        let __autodiff_result = power_hvp(
            ::core::clone::Clone::clone(&x),
            ::core::clone::Clone::clone(&k),
            if __autodiff_column == __autodiff_o_x { 1.0 } else { 0.0 },
        );
        __autodiff_hessian[(__autodiff_o_x, __autodiff_column)] = __autodiff_result.2;
    }
    __autodiff_hessian
}
///Evaluation trace of one call of `power` (generated by `#[differentiate]`): every elementary operation with its value, tangents and adjoint; `Display` prints Baydin et al.'s tables.
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
fn power_trace(x: f64, k: u32) -> ::autodiff::__private::Trace {
    let _ = power;
    let mut __autodiff_rec = ::autodiff::__private::Recorder::new();
    let __autodiff_o0 = __autodiff_rec.input("x", x as f64);
    let (__autodiff_value, __autodiff_output) = power__trace(
        x,
        k,
        __autodiff_o0,
        (),
        &mut __autodiff_rec,
    );
    __autodiff_rec.name_output("y");
    __autodiff_rec.finish(__autodiff_value as f64, __autodiff_output)
}
