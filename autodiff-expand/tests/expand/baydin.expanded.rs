fn f(x1: f64, x2: f64) -> f64 {
    x1.ln() + x1 * x2 - x2.sin()
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
fn f__jvp(
    x1: f64,
    x2: f64,
    mut __autodiff_d0_x1: f64,
    mut __autodiff_d1_x2: f64,
) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d2___autodiff_out: f64 = 0.0;
    let __autodiff_n6 = x1.ln();
    let __autodiff_n7 = (x1 * x2);
    let __autodiff_n9 = x2.sin();
    let __autodiff_n8 = (__autodiff_n6 + __autodiff_n7);
    let __autodiff_n10 = (__autodiff_n8 - __autodiff_n9);
    __autodiff_d2___autodiff_out = ::autodiff::__private::Barrier::opaque(
        ((((-x2.cos()) + x1) * __autodiff_d1_x2)
            + ((x2 + (1.0 / x1)) * __autodiff_d0_x1)),
    );
    __autodiff_out = ::autodiff::__private::Barrier::opaque(__autodiff_n10);
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
fn f__fwd(
    x1: f64,
    x2: f64,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> f64 {
    let mut __autodiff_out: f64;
    let __autodiff_n3 = x1.ln();
    let __autodiff_n4 = (x1 * x2);
    let __autodiff_n6 = x2.sin();
    let __autodiff_n5 = (__autodiff_n3 + __autodiff_n4);
    let __autodiff_n7 = (__autodiff_n5 - __autodiff_n6);
    __autodiff_out = __autodiff_n7;
    __autodiff_tape.push(x1);
    __autodiff_tape.push(x2);
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
fn f__bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed: f64,
    mut __autodiff_b0: f64,
    mut __autodiff_b1: f64,
) -> (f64, f64) {
    let mut __autodiff_s0: f64 = 0.0;
    let mut __autodiff_s1: f64 = 0.0;
    let mut __autodiff_b2: f64 = __autodiff_seed;
    __autodiff_s1 = __autodiff_tape.pop();
    __autodiff_s0 = __autodiff_tape.pop();
    {
        let __autodiff_ob = __autodiff_b2;
        __autodiff_b2 = -0.0;
        __autodiff_b1 += __autodiff_ob * ((-__autodiff_s1.cos()) + __autodiff_s0);
        __autodiff_b0 += __autodiff_ob * (__autodiff_s1 + (1.0 / __autodiff_s0));
        __autodiff_b2 = -0.0;
    }
    (__autodiff_b0, __autodiff_b1)
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
fn f__jvp_fwd(
    x1: f64,
    x2: f64,
    mut __autodiff_d0_x1: f64,
    mut __autodiff_d1_x2: f64,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d2___autodiff_out: f64 = 0.0;
    let __autodiff_n11 = x1.ln();
    let __autodiff_n6 = __autodiff_n11;
    let __autodiff_n12 = (x1 * x2);
    let __autodiff_n7 = __autodiff_n12;
    let __autodiff_n13 = x2.sin();
    let __autodiff_n9 = __autodiff_n13;
    let __autodiff_n14 = (__autodiff_n6 + __autodiff_n7);
    let __autodiff_n8 = __autodiff_n14;
    let __autodiff_n15 = (__autodiff_n8 - __autodiff_n9);
    let __autodiff_n10 = __autodiff_n15;
    let __autodiff_n16 = x2.cos();
    let __autodiff_n20 = (1f64 / x1);
    let __autodiff_n17 = (-__autodiff_n16);
    let __autodiff_n21 = (x2 + __autodiff_n20);
    let __autodiff_n18 = (__autodiff_n17 + x1);
    let __autodiff_n22 = (__autodiff_n21 * __autodiff_d0_x1);
    let __autodiff_n19 = (__autodiff_n18 * __autodiff_d1_x2);
    let __autodiff_n23 = (__autodiff_n19 + __autodiff_n22);
    __autodiff_tape.push(__autodiff_n16);
    __autodiff_d2___autodiff_out = __autodiff_n23;
    __autodiff_out = __autodiff_n10;
    __autodiff_tape.push(x1);
    __autodiff_tape.push(x2);
    __autodiff_tape.push(__autodiff_d0_x1);
    __autodiff_tape.push(__autodiff_d1_x2);
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
fn f__jvp_bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed0: f64,
    __autodiff_seed1: f64,
    mut __autodiff_b0: f64,
    mut __autodiff_b1: f64,
    mut __autodiff_b3: f64,
    mut __autodiff_b4: f64,
) -> (f64, f64, f64, f64) {
    let mut __autodiff_b6: f64 = -0.0;
    let mut __autodiff_b7: f64 = -0.0;
    let mut __autodiff_b8: f64 = -0.0;
    let mut __autodiff_b9: f64 = -0.0;
    let mut __autodiff_b10: f64 = -0.0;
    let mut __autodiff_s0: f64 = 0.0;
    let mut __autodiff_s1: f64 = 0.0;
    let mut __autodiff_s3: f64 = 0.0;
    let mut __autodiff_s4: f64 = 0.0;
    let mut __autodiff_b2: f64 = __autodiff_seed0;
    let mut __autodiff_b5: f64 = __autodiff_seed1;
    __autodiff_s4 = __autodiff_tape.pop();
    __autodiff_s3 = __autodiff_tape.pop();
    __autodiff_s1 = __autodiff_tape.pop();
    __autodiff_s0 = __autodiff_tape.pop();
    {
        let __autodiff_ob = __autodiff_b2;
        __autodiff_b2 = -0.0;
        __autodiff_b10 += __autodiff_ob;
        let __autodiff_n16: f64 = __autodiff_tape.pop();
        let __autodiff_n20 = (1f64 / __autodiff_s0);
        let __autodiff_n17 = (-__autodiff_n16);
        let __autodiff_n21 = (__autodiff_s1 + __autodiff_n20);
        let __autodiff_n18 = (__autodiff_n17 + __autodiff_s0);
        let __autodiff_ob = __autodiff_b5;
        __autodiff_b5 = -0.0;
        __autodiff_b4 += __autodiff_ob * __autodiff_n18;
        __autodiff_b3 += __autodiff_ob * __autodiff_n21;
        __autodiff_b0
            += __autodiff_ob
                * (__autodiff_s4
                    + (__autodiff_s3 * (-(__autodiff_n20 / __autodiff_s0))));
        __autodiff_b1
            += __autodiff_ob
                * (__autodiff_s3 + ((-__autodiff_s4) * (-__autodiff_s1.sin())));
        let __autodiff_ob = __autodiff_b10;
        __autodiff_b10 = -0.0;
        __autodiff_b8 += __autodiff_ob;
        __autodiff_b9 += (-__autodiff_ob);
        let __autodiff_ob = __autodiff_b8;
        __autodiff_b8 = -0.0;
        __autodiff_b6 += __autodiff_ob;
        __autodiff_b7 += __autodiff_ob;
        let __autodiff_ob = __autodiff_b9;
        __autodiff_b9 = -0.0;
        __autodiff_b1 += __autodiff_ob * __autodiff_s1.cos();
        let __autodiff_ob = __autodiff_b7;
        __autodiff_b7 = -0.0;
        __autodiff_b0 += __autodiff_ob * __autodiff_s1;
        __autodiff_b1 += __autodiff_ob * __autodiff_s0;
        let __autodiff_ob = __autodiff_b6;
        __autodiff_b6 = -0.0;
        __autodiff_b0 += __autodiff_ob * (1.0 / __autodiff_s0);
        __autodiff_b5 = -0.0;
        __autodiff_b2 = -0.0;
    }
    (__autodiff_b0, __autodiff_b1, __autodiff_b3, __autodiff_b4)
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
fn f__trace(
    x1: f64,
    x2: f64,
    mut __autodiff_o0: ::autodiff::__private::Operand,
    mut __autodiff_o1: ::autodiff::__private::Operand,
    __autodiff_rec: &mut ::autodiff::__private::Recorder,
) -> (f64, ::autodiff::__private::Operand) {
    __autodiff_o0 = __autodiff_o0.or_const((x1 as f64));
    __autodiff_o1 = __autodiff_o1.or_const((x2 as f64));
    let mut __autodiff_out: f64;
    let mut __autodiff_o2: ::autodiff::__private::Operand = ::core::default::Default::default();
    let __autodiff_n6 = x1.ln();
    let __autodiff_n7 = (x1 * x2);
    let __autodiff_n9 = x2.sin();
    let __autodiff_n8 = (__autodiff_n6 + __autodiff_n7);
    let __autodiff_n10 = (__autodiff_n8 - __autodiff_n9);
    let __autodiff_o6 = __autodiff_rec
        .op("ln", &[__autodiff_o0], (__autodiff_n6) as f64, &[((1.0 / x1)) as f64]);
    let __autodiff_o7 = __autodiff_rec
        .op(
            "*",
            &[__autodiff_o0, __autodiff_o1],
            (__autodiff_n7) as f64,
            &[(x2) as f64, (x1) as f64],
        );
    let __autodiff_o9 = __autodiff_rec
        .op("sin", &[__autodiff_o1], (__autodiff_n9) as f64, &[(x2.cos()) as f64]);
    let __autodiff_o8 = __autodiff_rec
        .op(
            "+",
            &[__autodiff_o6, __autodiff_o7],
            (__autodiff_n8) as f64,
            &[(1.0) as f64, (1.0) as f64],
        );
    let __autodiff_o10 = __autodiff_rec
        .op(
            "-",
            &[__autodiff_o8, __autodiff_o9],
            (__autodiff_n10) as f64,
            &[(1.0) as f64, ((-1.0)) as f64],
        );
    __autodiff_o2 = __autodiff_o10;
    __autodiff_out = __autodiff_n10;
    (__autodiff_out, __autodiff_o2)
}
///Forward mode of `f` (generated by `#[differentiate]`): returns the value and the directional derivative along one tangent per differentiated parameter. Panics if a tangent's length differs from its vector's.
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
fn f_jvp(x1: f64, x2: f64, dx1: f64, dx2: f64) -> (f64, f64) {
    let _ = f;
    f__jvp(x1, x2, dx1, dx2)
}
///Reverse mode of `f` (generated by `#[differentiate]`): returns the value and `seed` times the partial derivative with respect to each differentiated parameter, in order (an owned vector for a vector parameter).
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
fn f_vjp(x1: f64, x2: f64, seed: f64) -> (f64, f64, f64) {
    let _ = f;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = f__fwd(x1, x2, __autodiff_tape);
        let __autodiff_adjoints = f__bwd(__autodiff_tape, seed, -0.0, -0.0);
        (__autodiff_value, __autodiff_adjoints)
    });
    (__autodiff_value, __autodiff_adjoints.0 + 0.0, __autodiff_adjoints.1 + 0.0)
}
///Gradient of `f` (generated by `#[differentiate]`): the value and the partial derivative with respect to each differentiated parameter, in order.
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
fn f_grad(x1: f64, x2: f64) -> (f64, f64, f64) {
    let _ = f;
    f_vjp(x1, x2, 1.0)
}
///Reverse mode of `f` into caller-owned buffers (generated by `#[differentiate]`): adds `seed` times each partial derivative into the `g_` argument of its parameter and returns the value. No allocation: the form for hot loops. Panics if a buffer's length differs from its vector's.
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
fn f_vjp_into(x1: f64, x2: f64, seed: f64, g_x1: &mut f64, g_x2: &mut f64) -> f64 {
    let _ = f;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = f__fwd(x1, x2, __autodiff_tape);
        let __autodiff_adjoints = f__bwd(__autodiff_tape, seed, -0.0, -0.0);
        (__autodiff_value, __autodiff_adjoints)
    });
    *g_x1 += __autodiff_adjoints.0;
    *g_x2 += __autodiff_adjoints.1;
    __autodiff_value
}
///Gradient of `f` into caller-owned buffers (generated by `#[differentiate]`): adds each partial derivative into the `g_` argument of its parameter and returns the value.
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
fn f_grad_into(x1: f64, x2: f64, g_x1: &mut f64, g_x2: &mut f64) -> f64 {
    let _ = f;
    f_vjp_into(x1, x2, 1.0, g_x1, g_x2)
}
///Hessian-vector product of `f` (generated by `#[differentiate]`): the value, the gradient, and the Hessian times the direction given by one `v_` argument per differentiated parameter (reverse mode over forward mode, exact to rounding). Panics if a direction's length differs from its vector's.
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
fn f_hvp(x1: f64, x2: f64, v_x1: f64, v_x2: f64) -> (f64, f64, f64, f64, f64) {
    let _ = f;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = f__jvp_fwd(x1, x2, v_x1, v_x2, __autodiff_tape);
        let __autodiff_adjoints = f__jvp_bwd(
            __autodiff_tape,
            0.0,
            1.0,
            -0.0,
            -0.0,
            -0.0,
            -0.0,
        );
        (__autodiff_value, __autodiff_adjoints)
    });
    (
        __autodiff_value,
        __autodiff_adjoints.2 + 0.0,
        __autodiff_adjoints.3 + 0.0,
        __autodiff_adjoints.0 + 0.0,
        __autodiff_adjoints.1 + 0.0,
    )
}
///Hessian-vector product of `f` into caller-owned buffers (generated by `#[differentiate]`): adds the gradient into the `g_` argument and the Hessian times the direction (the `v_` arguments) into the `h_` argument of each differentiated parameter, and returns the value. No allocation: the form for hot loops (an inner solve's conjugate gradient). Panics if a direction's or a buffer's length differs from its vector's.
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
fn f_hvp_into(
    x1: f64,
    x2: f64,
    v_x1: f64,
    v_x2: f64,
    g_x1: &mut f64,
    g_x2: &mut f64,
    h_x1: &mut f64,
    h_x2: &mut f64,
) -> f64 {
    let _ = f;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = f__jvp_fwd(x1, x2, v_x1, v_x2, __autodiff_tape);
        let __autodiff_adjoints = f__jvp_bwd(
            __autodiff_tape,
            0.0,
            1.0,
            -0.0,
            -0.0,
            -0.0,
            -0.0,
        );
        (__autodiff_value, __autodiff_adjoints)
    });
    *g_x1 += __autodiff_adjoints.2;
    *h_x1 += __autodiff_adjoints.0;
    *g_x2 += __autodiff_adjoints.3;
    *h_x2 += __autodiff_adjoints.1;
    __autodiff_value
}
///Hessian of `f` (generated by `#[differentiate]`) over the differentiated parameters in order (a vector's entries one after the other), one Hessian-vector product per column.
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
fn f_hessian(x1: f64, x2: f64) -> ::autodiff::__private::nalgebra::DMatrix<f64> {
    let _ = f;
    let mut __autodiff_size: usize = 0;
    let __autodiff_o_x1 = __autodiff_size;
    __autodiff_size += 1;
    let __autodiff_o_x2 = __autodiff_size;
    __autodiff_size += 1;
    let mut __autodiff_hessian = ::autodiff::__private::nalgebra::DMatrix::<
        f64,
    >::zeros(__autodiff_size, __autodiff_size);
    for __autodiff_column in 0..__autodiff_size {
        let __autodiff_result = f_hvp(
            ::core::clone::Clone::clone(&x1),
            ::core::clone::Clone::clone(&x2),
            if __autodiff_column == __autodiff_o_x1 { 1.0 } else { 0.0 },
            if __autodiff_column == __autodiff_o_x2 { 1.0 } else { 0.0 },
        );
        __autodiff_hessian[(__autodiff_o_x1, __autodiff_column)] = __autodiff_result.3;
        __autodiff_hessian[(__autodiff_o_x2, __autodiff_column)] = __autodiff_result.4;
    }
    __autodiff_hessian
}
///Evaluation trace of one call of `f` (generated by `#[differentiate]`): every elementary operation with its value, tangents and adjoint; `Display` prints Baydin et al.'s tables.
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
fn f_trace(x1: f64, x2: f64) -> ::autodiff::__private::Trace {
    let _ = f;
    let mut __autodiff_rec = ::autodiff::__private::Recorder::new();
    let __autodiff_o0 = __autodiff_rec.input("x1", x1 as f64);
    let __autodiff_o1 = __autodiff_rec.input("x2", x2 as f64);
    let (__autodiff_value, __autodiff_output) = f__trace(
        x1,
        x2,
        __autodiff_o0,
        __autodiff_o1,
        &mut __autodiff_rec,
    );
    __autodiff_rec.name_output("y");
    __autodiff_rec.finish(__autodiff_value as f64, __autodiff_output)
}
