fn logistic(x: f64, n: usize) -> f64 {
    let mut l = x;
    for _ in 1..n {
        l = 4.0 * l * (1.0 - l);
    }
    l
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
fn logistic__jvp(x: f64, n: usize, mut __autodiff_d0_x: f64, _: ()) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d2___autodiff_out: f64 = 0.0;
    let mut __autodiff_d3_l: f64 = __autodiff_d0_x;
    let mut l: f64 = x;
    for _ in (1..n) {
        let __autodiff_n7 = (4f64 * l);
        let __autodiff_n8 = (1f64 - l);
        let __autodiff_n9 = (__autodiff_n7 * __autodiff_n8);
        __autodiff_d3_l = ::autodiff::__private::Barrier::opaque(
            (((-__autodiff_n7) + (__autodiff_n8 * 4f64)) * __autodiff_d3_l),
        );
        l = __autodiff_n9;
    }
    __autodiff_d2___autodiff_out = ::autodiff::__private::Barrier::opaque(
        __autodiff_d3_l,
    );
    __autodiff_out = ::autodiff::__private::Barrier::opaque(l);
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
fn logistic__fwd(
    x: f64,
    n: usize,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> f64 {
    let mut __autodiff_out: f64;
    let mut l: f64 = x;
    let mut __autodiff_count0: usize = 0;
    for _ in (1..n) {
        __autodiff_count0 = (__autodiff_count0 + 1);
        let __autodiff_n4 = (4f64 * l);
        let __autodiff_n5 = (1f64 - l);
        let __autodiff_n6 = (__autodiff_n4 * __autodiff_n5);
        __autodiff_tape.push(l);
        l = __autodiff_n6;
    }
    __autodiff_tape.push_control((__autodiff_count0) as usize);
    __autodiff_out = l;
    __autodiff_tape.push(l);
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
fn logistic__bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed: f64,
    mut __autodiff_b0: f64,
    _: (),
) -> (f64, ()) {
    let mut __autodiff_b3: f64 = -0.0;
    let mut __autodiff_s3: f64 = 0.0;
    let mut __autodiff_b2: f64 = __autodiff_seed;
    {
        __autodiff_s3 = __autodiff_tape.pop();
        let __autodiff_ob = __autodiff_b2;
        __autodiff_b2 = -0.0;
        __autodiff_b3 += __autodiff_ob;
        let mut __autodiff_trips0: usize = __autodiff_tape.pop_control();
        while ::autodiff::__private::next_trip(&mut __autodiff_trips0) {
            {
                __autodiff_s3 = __autodiff_tape.pop();
                let __autodiff_n4 = (4f64 * __autodiff_s3);
                let __autodiff_n5 = (1f64 - __autodiff_s3);
                let __autodiff_ob = __autodiff_b3;
                __autodiff_b3 = __autodiff_ob
                    * ((-__autodiff_n4) + (__autodiff_n5 * 4f64));
            }
        }
        let __autodiff_ob = __autodiff_b3;
        __autodiff_b3 = -0.0;
        __autodiff_b0 += __autodiff_ob;
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
fn logistic__jvp_fwd(
    x: f64,
    n: usize,
    mut __autodiff_d0_x: f64,
    _: (),
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d2___autodiff_out: f64 = 0.0;
    let mut __autodiff_d3_l: f64 = __autodiff_d0_x;
    let mut l: f64 = x;
    let mut __autodiff_count0: usize = 0;
    for _ in (1..n) {
        __autodiff_count0 = (__autodiff_count0 + 1);
        let __autodiff_n11 = (4f64 * l);
        let __autodiff_n7 = __autodiff_n11;
        let __autodiff_n12 = (1f64 - l);
        let __autodiff_n8 = __autodiff_n12;
        let __autodiff_n13 = (__autodiff_n7 * __autodiff_n8);
        let __autodiff_n9 = __autodiff_n13;
        let __autodiff_n14 = (-__autodiff_n7);
        let __autodiff_n15 = (__autodiff_n8 * 4f64);
        let __autodiff_n16 = (__autodiff_n14 + __autodiff_n15);
        let __autodiff_n17 = (__autodiff_n16 * __autodiff_d3_l);
        __autodiff_tape.push(__autodiff_d3_l);
        __autodiff_d3_l = __autodiff_n17;
        l = __autodiff_n9;
        __autodiff_tape.push(__autodiff_n7);
        __autodiff_tape.push(__autodiff_n8);
    }
    __autodiff_tape.push_control((__autodiff_count0) as usize);
    __autodiff_d2___autodiff_out = __autodiff_d3_l;
    __autodiff_out = l;
    __autodiff_tape.push(__autodiff_d3_l);
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
fn logistic__jvp_bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed0: f64,
    __autodiff_seed1: f64,
    mut __autodiff_b0: f64,
    _: (),
    mut __autodiff_b4: f64,
    _: (),
) -> (f64, (), f64, ()) {
    let mut __autodiff_b3: f64 = -0.0;
    let mut __autodiff_b6: f64 = -0.0;
    let mut __autodiff_b7: f64 = -0.0;
    let mut __autodiff_b8: f64 = -0.0;
    let mut __autodiff_b9: f64 = -0.0;
    let mut __autodiff_s6: f64 = 0.0;
    let mut __autodiff_s7: f64 = 0.0;
    let mut __autodiff_s8: f64 = 0.0;
    let mut __autodiff_b2: f64 = __autodiff_seed0;
    let mut __autodiff_b5: f64 = __autodiff_seed1;
    {
        __autodiff_s6 = __autodiff_tape.pop();
        let __autodiff_ob = __autodiff_b2;
        __autodiff_b2 = -0.0;
        __autodiff_b3 += __autodiff_ob;
        let __autodiff_ob = __autodiff_b5;
        __autodiff_b5 = -0.0;
        __autodiff_b6 += __autodiff_ob;
        let mut __autodiff_trips0: usize = __autodiff_tape.pop_control();
        while ::autodiff::__private::next_trip(&mut __autodiff_trips0) {
            {
                __autodiff_s8 = __autodiff_tape.pop();
                __autodiff_s7 = __autodiff_tape.pop();
                let __autodiff_ob = __autodiff_b3;
                __autodiff_b3 = -0.0;
                __autodiff_b9 += __autodiff_ob;
                __autodiff_s6 = __autodiff_tape.pop();
                let __autodiff_n14 = (-__autodiff_s7);
                let __autodiff_n15 = (__autodiff_s8 * 4f64);
                let __autodiff_n16 = (__autodiff_n14 + __autodiff_n15);
                let __autodiff_ob = __autodiff_b6;
                __autodiff_b6 = __autodiff_ob * __autodiff_n16;
                __autodiff_b8 += __autodiff_ob * (__autodiff_s6 * 4f64);
                __autodiff_b7 += __autodiff_ob * (-__autodiff_s6);
                let __autodiff_ob = __autodiff_b9;
                __autodiff_b9 = -0.0;
                __autodiff_b7 += __autodiff_ob * __autodiff_s8;
                __autodiff_b8 += __autodiff_ob * __autodiff_s7;
                let __autodiff_ob = __autodiff_b8;
                __autodiff_b8 = -0.0;
                __autodiff_b3 += (-__autodiff_ob);
                let __autodiff_ob = __autodiff_b7;
                __autodiff_b7 = -0.0;
                __autodiff_b3 += __autodiff_ob * 4f64;
            }
        }
        let __autodiff_ob = __autodiff_b3;
        __autodiff_b3 = -0.0;
        __autodiff_b0 += __autodiff_ob;
        let __autodiff_ob = __autodiff_b6;
        __autodiff_b6 = -0.0;
        __autodiff_b4 += __autodiff_ob;
        __autodiff_b5 = -0.0;
        __autodiff_b2 = -0.0;
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
fn logistic__trace(
    x: f64,
    n: usize,
    mut __autodiff_o0: ::autodiff::__private::Operand,
    _: (),
    __autodiff_rec: &mut ::autodiff::__private::Recorder,
) -> (f64, ::autodiff::__private::Operand) {
    __autodiff_o0 = __autodiff_o0.or_const((x as f64));
    let mut __autodiff_out: f64;
    let mut __autodiff_o2: ::autodiff::__private::Operand = ::core::default::Default::default();
    let mut __autodiff_o3: ::autodiff::__private::Operand = __autodiff_o0;
    let mut l: f64 = x;
    for _ in (1..n) {
        let __autodiff_n7 = (4f64 * l);
        let __autodiff_n8 = (1f64 - l);
        let __autodiff_n9 = (__autodiff_n7 * __autodiff_n8);
        let __autodiff_o7 = __autodiff_rec
            .op(
                "*",
                &[::autodiff::__private::Operand::Const((4f64) as f64), __autodiff_o3],
                (__autodiff_n7) as f64,
                &[(l) as f64, (4f64) as f64],
            );
        let __autodiff_o8 = __autodiff_rec
            .op(
                "-",
                &[::autodiff::__private::Operand::Const((1f64) as f64), __autodiff_o3],
                (__autodiff_n8) as f64,
                &[(1.0) as f64, ((-1.0)) as f64],
            );
        let __autodiff_o9 = __autodiff_rec
            .op(
                "*",
                &[__autodiff_o7, __autodiff_o8],
                (__autodiff_n9) as f64,
                &[(__autodiff_n8) as f64, (__autodiff_n7) as f64],
            );
        __autodiff_o3 = __autodiff_o9;
        l = __autodiff_n9;
    }
    __autodiff_o2 = __autodiff_o3;
    __autodiff_out = l;
    (__autodiff_out, __autodiff_o2)
}
///Forward mode of `logistic` (generated by `#[differentiate]`): returns the value and the directional derivative along one tangent per differentiated parameter. Panics if a tangent's length differs from its vector's.
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
fn logistic_jvp(x: f64, n: usize, dx: f64) -> (f64, f64) {
    let _ = logistic;
    logistic__jvp(x, n, dx, ())
}
///Reverse mode of `logistic` (generated by `#[differentiate]`): returns the value and `seed` times the partial derivative with respect to each differentiated parameter, in order (an owned vector for a vector parameter).
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
fn logistic_vjp(x: f64, n: usize, seed: f64) -> (f64, f64) {
    let _ = logistic;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = logistic__fwd(x, n, __autodiff_tape);
        let __autodiff_adjoints = logistic__bwd(__autodiff_tape, seed, -0.0, ());
        (__autodiff_value, __autodiff_adjoints)
    });
    (__autodiff_value, __autodiff_adjoints.0 + 0.0)
}
///Gradient of `logistic` (generated by `#[differentiate]`): the value and the partial derivative with respect to each differentiated parameter, in order.
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
fn logistic_grad(x: f64, n: usize) -> (f64, f64) {
    let _ = logistic;
    logistic_vjp(x, n, 1.0)
}
///Reverse mode of `logistic` into caller-owned buffers (generated by `#[differentiate]`): adds `seed` times each partial derivative into the `g_` argument of its parameter and returns the value. No allocation: the form for hot loops. Panics if a buffer's length differs from its vector's.
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
fn logistic_vjp_into(x: f64, n: usize, seed: f64, g_x: &mut f64) -> f64 {
    let _ = logistic;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = logistic__fwd(x, n, __autodiff_tape);
        let __autodiff_adjoints = logistic__bwd(__autodiff_tape, seed, -0.0, ());
        (__autodiff_value, __autodiff_adjoints)
    });
    *g_x += __autodiff_adjoints.0;
    __autodiff_value
}
///Gradient of `logistic` into caller-owned buffers (generated by `#[differentiate]`): adds each partial derivative into the `g_` argument of its parameter and returns the value.
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
fn logistic_grad_into(x: f64, n: usize, g_x: &mut f64) -> f64 {
    let _ = logistic;
    logistic_vjp_into(x, n, 1.0, g_x)
}
///Hessian-vector product of `logistic` (generated by `#[differentiate]`): the value, the gradient, and the Hessian times the direction given by one `v_` argument per differentiated parameter (reverse mode over forward mode, exact to rounding). Panics if a direction's length differs from its vector's.
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
fn logistic_hvp(x: f64, n: usize, v_x: f64) -> (f64, f64, f64) {
    let _ = logistic;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = logistic__jvp_fwd(x, n, v_x, (), __autodiff_tape);
        let __autodiff_adjoints = logistic__jvp_bwd(
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
///Hessian-vector product of `logistic` into caller-owned buffers (generated by `#[differentiate]`): adds the gradient into the `g_` argument and the Hessian times the direction (the `v_` arguments) into the `h_` argument of each differentiated parameter, and returns the value. No allocation: the form for hot loops (an inner solve's conjugate gradient). Panics if a direction's or a buffer's length differs from its vector's.
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
fn logistic_hvp_into(x: f64, n: usize, v_x: f64, g_x: &mut f64, h_x: &mut f64) -> f64 {
    let _ = logistic;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = logistic__jvp_fwd(x, n, v_x, (), __autodiff_tape);
        let __autodiff_adjoints = logistic__jvp_bwd(
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
///Hessian of `logistic` (generated by `#[differentiate]`) over the differentiated parameters in order (a vector's entries one after the other), one Hessian-vector product per column.
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
fn logistic_hessian(x: f64, n: usize) -> ::autodiff::__private::nalgebra::DMatrix<f64> {
    let _ = logistic;
    let mut __autodiff_size: usize = 0;
    let __autodiff_o_x = __autodiff_size;
    __autodiff_size += 1;
    let mut __autodiff_hessian = ::autodiff::__private::nalgebra::DMatrix::<
        f64,
    >::zeros(__autodiff_size, __autodiff_size);
    for __autodiff_column in 0..__autodiff_size {
        let __autodiff_result = logistic_hvp(
            ::core::clone::Clone::clone(&x),
            ::core::clone::Clone::clone(&n),
            if __autodiff_column == __autodiff_o_x { 1.0 } else { 0.0 },
        );
        __autodiff_hessian[(__autodiff_o_x, __autodiff_column)] = __autodiff_result.2;
    }
    __autodiff_hessian
}
///Evaluation trace of one call of `logistic` (generated by `#[differentiate]`): every elementary operation with its value, tangents and adjoint; `Display` prints Baydin et al.'s tables.
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
fn logistic_trace(x: f64, n: usize) -> ::autodiff::__private::Trace {
    let _ = logistic;
    let mut __autodiff_rec = ::autodiff::__private::Recorder::new();
    let __autodiff_o0 = __autodiff_rec.input("x", x as f64);
    let (__autodiff_value, __autodiff_output) = logistic__trace(
        x,
        n,
        __autodiff_o0,
        (),
        &mut __autodiff_rec,
    );
    __autodiff_rec.name_output("y");
    __autodiff_rec.finish(__autodiff_value as f64, __autodiff_output)
}
