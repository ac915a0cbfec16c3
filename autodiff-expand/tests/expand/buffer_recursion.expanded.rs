fn refilled(x: f64, depth: u32) -> f64 {
    let mut b = vec![x, x * x];
    let mut r = b[1];
    if depth > 0 {
        b[0] *= 1.5;
        r *= refilled(0.8 * x, depth - 1);
        b[1] += r;
    }
    b[0] + b[1] * r
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
fn refilled__jvp(x: f64, depth: u32, mut __autodiff_d0_x: f64, _: ()) -> (f64, f64) {
    let mut __autodiff_d7___autodiff_t7: f64;
    let __autodiff_t7;
    (__autodiff_d7___autodiff_t7, __autodiff_t7) = ::autodiff::__private::outline::outline_in_debug2(
        |mut __autodiff_d0_x, mut x| {
            let __autodiff_n19 = (x * x);
            let mut __autodiff_d7___autodiff_t7: f64 = ((x + x) * __autodiff_d0_x);
            let __autodiff_t7 = __autodiff_n19;
            (__autodiff_d7___autodiff_t7, __autodiff_t7)
        },
        __autodiff_d0_x,
        x,
    );
    let mut b = ::std::vec![x, __autodiff_t7];
    let mut __autodiff_d3_b = ::std::vec![__autodiff_d0_x, __autodiff_d7___autodiff_t7];
    let mut __autodiff_d4_r: f64;
    let mut r: f64;
    (__autodiff_d4_r, r) = ::autodiff::__private::outline::outline_in_debug0(|| {
        let __autodiff_k22 = 1;
        let mut __autodiff_d4_r: f64 = __autodiff_d3_b[__autodiff_k22];
        let mut r: f64 = b[__autodiff_k22];
        (__autodiff_d4_r, r)
    });
    if (depth > 0) {
        let mut __autodiff_d10___autodiff_t10: f64;
        let __autodiff_t10;
        (__autodiff_d10___autodiff_t10, __autodiff_t10) = ::autodiff::__private::outline::outline_in_debug2(
            |mut __autodiff_d0_x, mut x| {
                let __autodiff_t5 = 0;
                let __autodiff_k24 = __autodiff_t5;
                let mut __autodiff_d8___autodiff_t8: f64 = __autodiff_d3_b[__autodiff_k24];
                let __autodiff_t8 = b[__autodiff_k24];
                let __autodiff_n26 = (__autodiff_t8 * 1.5f64);
                let mut __autodiff_d9___autodiff_t9: f64 = (1.5f64
                    * __autodiff_d8___autodiff_t8);
                let __autodiff_t9 = __autodiff_n26;
                let __autodiff_k27 = __autodiff_t5;
                __autodiff_d3_b[__autodiff_k27] = __autodiff_d9___autodiff_t9;
                b[__autodiff_k27] = __autodiff_t9;
                let __autodiff_n29 = (0.8f64 * x);
                let mut __autodiff_d10___autodiff_t10: f64 = (0.8f64 * __autodiff_d0_x);
                let __autodiff_t10 = __autodiff_n29;
                (__autodiff_d10___autodiff_t10, __autodiff_t10)
            },
            __autodiff_d0_x,
            x,
        );
        (__autodiff_d4_r, r) = ::autodiff::__private::outline::outline3(
            |
                (mut __autodiff_t11, mut __autodiff_d11___autodiff_t11),
                mut __autodiff_d4_r,
                mut r|
            {
                let __autodiff_n31 = (r * __autodiff_t11);
                __autodiff_d4_r = ::autodiff::__private::Barrier::opaque(
                    ((__autodiff_t11 * __autodiff_d4_r)
                        + (r * __autodiff_d11___autodiff_t11)),
                );
                r = __autodiff_n31;
                let __autodiff_t6 = 1;
                let __autodiff_k33 = __autodiff_t6;
                let mut __autodiff_d12___autodiff_t12: f64 = __autodiff_d3_b[__autodiff_k33];
                let __autodiff_t12 = b[__autodiff_k33];
                let __autodiff_n35 = (__autodiff_t12 + r);
                let mut __autodiff_d13___autodiff_t13: f64 = (__autodiff_d12___autodiff_t12
                    + __autodiff_d4_r);
                let __autodiff_t13 = __autodiff_n35;
                let __autodiff_k36 = __autodiff_t6;
                __autodiff_d3_b[__autodiff_k36] = __autodiff_d13___autodiff_t13;
                b[__autodiff_k36] = __autodiff_t13;
                (__autodiff_d4_r, r)
            },
            refilled__jvp(
                __autodiff_t10,
                (depth - 1),
                __autodiff_d10___autodiff_t10,
                ::core::default::Default::default(),
            ),
            __autodiff_d4_r,
            r,
        );
    }
    ::autodiff::__private::outline::outline2(
        |mut __autodiff_d4_r, mut r| {
            let mut __autodiff_out;
            let __autodiff_k38 = 0;
            let mut __autodiff_d14___autodiff_t14: f64 = __autodiff_d3_b[__autodiff_k38];
            let __autodiff_t14 = b[__autodiff_k38];
            let __autodiff_k40 = 1;
            let mut __autodiff_d15___autodiff_t15: f64 = __autodiff_d3_b[__autodiff_k40];
            let __autodiff_t15 = b[__autodiff_k40];
            let __autodiff_n41 = (__autodiff_t15 * r);
            let __autodiff_n42 = (__autodiff_t14 + __autodiff_n41);
            let mut __autodiff_d2___autodiff_out: f64 = 0.0;
            __autodiff_d2___autodiff_out = ::autodiff::__private::Barrier::opaque(
                ((__autodiff_d14___autodiff_t14 + (r * __autodiff_d15___autodiff_t15))
                    + (__autodiff_t15 * __autodiff_d4_r)),
            );
            __autodiff_out = ::autodiff::__private::Barrier::opaque(__autodiff_n42);
            (__autodiff_out, __autodiff_d2___autodiff_out)
        },
        __autodiff_d4_r,
        r,
    )
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
fn refilled__fwd(
    mut x: f64,
    depth: u32,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> f64 {
    let __autodiff_t7;
    __autodiff_t7 = ::autodiff::__private::outline::outline_in_debug1(
        |mut x| {
            let __autodiff_n16 = (x * x);
            let __autodiff_t7 = __autodiff_n16;
            (__autodiff_t7)
        },
        x,
    );
    let mut b = ::std::vec![x, __autodiff_t7];
    let mut r: f64;
    r = ::autodiff::__private::outline::outline_in_debug2(
        |mut __autodiff_tape, mut x| {
            let __autodiff_k24 = 1;
            __autodiff_tape.push_control((__autodiff_k24) as usize);
            let mut r: f64 = b[__autodiff_k24];
            __autodiff_tape.spill(x);
            (r)
        },
        &mut *__autodiff_tape,
        x,
    );
    if (depth > 0) {
        let __autodiff_t10;
        __autodiff_t10 = ::autodiff::__private::outline::outline_in_debug3(
            |mut __autodiff_tape, mut r, mut x| {
                let __autodiff_t5 = 0;
                let __autodiff_k25 = __autodiff_t5;
                __autodiff_tape.push_control((__autodiff_k25) as usize);
                let __autodiff_t8 = b[__autodiff_k25];
                let __autodiff_n18 = (__autodiff_t8 * 1.5f64);
                let __autodiff_t9 = __autodiff_n18;
                let __autodiff_k26 = __autodiff_t5;
                __autodiff_tape.push_control((__autodiff_k26) as usize);
                b[__autodiff_k26] = __autodiff_t9;
                let __autodiff_n19 = (0.8f64 * x);
                let __autodiff_t10 = __autodiff_n19;
                __autodiff_tape.spill(r);
                (__autodiff_t10)
            },
            &mut *__autodiff_tape,
            r,
            x,
        );
        r = ::autodiff::__private::outline::outline2(
            |mut __autodiff_t11, mut __autodiff_tape| {
                let mut r;
                r = __autodiff_tape.unspill();
                let __autodiff_n20 = (r * __autodiff_t11);
                __autodiff_tape.push(r);
                r = __autodiff_n20;
                let __autodiff_t6 = 1;
                let __autodiff_k27 = __autodiff_t6;
                __autodiff_tape.push_control((__autodiff_k27) as usize);
                let __autodiff_t12 = b[__autodiff_k27];
                let __autodiff_n21 = (__autodiff_t12 + r);
                let __autodiff_t13 = __autodiff_n21;
                let __autodiff_k28 = __autodiff_t6;
                __autodiff_tape.push_control((__autodiff_k28) as usize);
                b[__autodiff_k28] = __autodiff_t13;
                __autodiff_tape.push(__autodiff_t11);
                __autodiff_tape.push_control((1) as usize);
                (r)
            },
            refilled__fwd(__autodiff_t10, (depth - 1), __autodiff_tape),
            &mut *__autodiff_tape,
        );
    } else {
        __autodiff_tape.push_control((0) as usize);
    }
    ::autodiff::__private::outline::outline2(
        |mut __autodiff_tape, mut r| {
            let mut __autodiff_out;
            let mut x;
            x = __autodiff_tape.unspill();
            let __autodiff_k29 = 0;
            __autodiff_tape.push_control((__autodiff_k29) as usize);
            let __autodiff_t14 = b[__autodiff_k29];
            let __autodiff_k30 = 1;
            __autodiff_tape.push_control((__autodiff_k30) as usize);
            let __autodiff_t15 = b[__autodiff_k30];
            let __autodiff_n22 = (__autodiff_t15 * r);
            let __autodiff_n23 = (__autodiff_t14 + __autodiff_n22);
            __autodiff_out = __autodiff_n23;
            __autodiff_tape.push(r);
            __autodiff_tape.push(__autodiff_t15);
            __autodiff_tape.push(x);
            __autodiff_out
        },
        &mut *__autodiff_tape,
        r,
    )
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
fn refilled__bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    mut __autodiff_b2: f64,
    mut __autodiff_b0: f64,
    _: (),
) -> (f64, ()) {
    {
        let mut __autodiff_s0: f64;
        let mut __autodiff_b4: f64;
        ::autodiff::__private::outline::outline2(
            |mut __autodiff_b2, mut __autodiff_tape| {
                let mut __autodiff_s0: f64 = 0.0;
                __autodiff_s0 = __autodiff_tape.pop();
                let mut __autodiff_s15: f64 = 0.0;
                __autodiff_s15 = __autodiff_tape.pop();
                let mut __autodiff_s4: f64 = 0.0;
                __autodiff_s4 = __autodiff_tape.pop();
                let __autodiff_ob = __autodiff_b2;
                let mut __autodiff_b14: f64 = -0.0;
                __autodiff_b14 += __autodiff_ob;
                let mut __autodiff_b15: f64 = -0.0;
                __autodiff_b15 += __autodiff_ob * __autodiff_s4;
                let mut __autodiff_b4: f64 = -0.0;
                __autodiff_b4 += __autodiff_ob * __autodiff_s15;
                let __autodiff_k = __autodiff_tape.pop_control();
                let mut __autodiff_b3 = ::autodiff::__private::AdjointBuffer::<
                    f64,
                >::new();
                __autodiff_b3.add_at(__autodiff_k, __autodiff_b15);
                let __autodiff_k = __autodiff_tape.pop_control();
                __autodiff_b3.add_at(__autodiff_k, __autodiff_b14);
                __autodiff_tape.spill(__autodiff_s0);
                __autodiff_tape.spill_buffer(__autodiff_b3);
                __autodiff_tape.spill(__autodiff_b4);
                __autodiff_tape.spill(__autodiff_s0);
                ()
            },
            __autodiff_b2,
            &mut *__autodiff_tape,
        );
        __autodiff_s0 = __autodiff_tape.unspill();
        __autodiff_b4 = __autodiff_tape.unspill();
        if __autodiff_tape.pop_control() != 0 {
            {
                let mut __autodiff_b10: f64 = -0.0;
                let __autodiff_ob;
                __autodiff_ob = ::autodiff::__private::outline::outline3(
                    |mut __autodiff_b0, mut __autodiff_b4, mut __autodiff_tape| {
                        let mut __autodiff_b3 = __autodiff_tape.unspill_buffer();
                        let mut __autodiff_s4;
                        let mut __autodiff_s11: f64 = 0.0;
                        __autodiff_s11 = __autodiff_tape.pop();
                        let mut __autodiff_b13: f64 = -0.0;
                        __autodiff_b13
                            += __autodiff_b3.take(__autodiff_tape.pop_control());
                        let __autodiff_ob = __autodiff_b13;
                        let mut __autodiff_b12: f64 = -0.0;
                        __autodiff_b12 += __autodiff_ob;
                        __autodiff_b4 += __autodiff_ob;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b3.add_at(__autodiff_k, __autodiff_b12);
                        __autodiff_s4 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b4;
                        __autodiff_b4 = __autodiff_ob * __autodiff_s11;
                        let mut __autodiff_b11: f64 = -0.0;
                        __autodiff_b11 += __autodiff_ob * __autodiff_s4;
                        let __autodiff_ob = __autodiff_b11;
                        __autodiff_tape.spill(__autodiff_b0);
                        __autodiff_tape.spill_buffer(__autodiff_b3);
                        __autodiff_tape.spill(__autodiff_b4);
                        (__autodiff_ob)
                    },
                    __autodiff_b0,
                    __autodiff_b4,
                    &mut *__autodiff_tape,
                );
                (__autodiff_b10, _) = refilled__bwd(
                    __autodiff_tape,
                    __autodiff_ob,
                    __autodiff_b10,
                    ::core::default::Default::default(),
                );
                ::autodiff::__private::outline::outline2(
                    |mut __autodiff_b10, mut __autodiff_tape| {
                        let mut __autodiff_b0;
                        let mut __autodiff_b3;
                        let mut __autodiff_b4;
                        __autodiff_b4 = __autodiff_tape.unspill();
                        __autodiff_b3 = __autodiff_tape.unspill_buffer();
                        __autodiff_b0 = __autodiff_tape.unspill();
                        let __autodiff_ob = __autodiff_b10;
                        __autodiff_b0 += __autodiff_ob * 0.8f64;
                        let mut __autodiff_b9: f64 = -0.0;
                        __autodiff_b9
                            += __autodiff_b3.take(__autodiff_tape.pop_control());
                        let __autodiff_ob = __autodiff_b9;
                        let mut __autodiff_b8: f64 = -0.0;
                        __autodiff_b8 += __autodiff_ob * 1.5f64;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b3.add_at(__autodiff_k, __autodiff_b8);
                        __autodiff_tape.spill(__autodiff_b0);
                        __autodiff_tape.spill_buffer(__autodiff_b3);
                        __autodiff_tape.spill(__autodiff_b4);
                        ()
                    },
                    __autodiff_b10,
                    &mut *__autodiff_tape,
                );
                __autodiff_b4 = __autodiff_tape.unspill();
                __autodiff_b0 = __autodiff_tape.unspill();
            }
        } else {
            {}
        }
        __autodiff_b0 = ::autodiff::__private::outline::outline3(
            |mut __autodiff_b0, mut __autodiff_b4, mut __autodiff_tape| {
                let mut __autodiff_b3 = __autodiff_tape.unspill_buffer();
                let mut __autodiff_s0;
                __autodiff_s0 = __autodiff_tape.unspill();
                let __autodiff_k = __autodiff_tape.pop_control();
                __autodiff_b3.add_at(__autodiff_k, __autodiff_b4);
                __autodiff_b0 += __autodiff_b3.take(0usize);
                let mut __autodiff_b7: f64 = -0.0;
                __autodiff_b7 += __autodiff_b3.take(1usize);
                __autodiff_b3.clear();
                let __autodiff_ob = __autodiff_b7;
                __autodiff_b0 += __autodiff_ob * (__autodiff_s0 + __autodiff_s0);
                (__autodiff_b0)
            },
            __autodiff_b0,
            __autodiff_b4,
            &mut *__autodiff_tape,
        );
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
fn refilled__jvp_fwd(
    mut x: f64,
    depth: u32,
    mut __autodiff_d0_x: f64,
    _: (),
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> (f64, f64) {
    let mut __autodiff_d7___autodiff_t7: f64;
    let __autodiff_t7;
    (__autodiff_d7___autodiff_t7, __autodiff_t7) = ::autodiff::__private::outline::outline_in_debug2(
        |mut __autodiff_d0_x, mut x| {
            let __autodiff_n44 = (x * x);
            let __autodiff_n19 = __autodiff_n44;
            let __autodiff_n45 = (x + x);
            let __autodiff_n46 = (__autodiff_n45 * __autodiff_d0_x);
            let mut __autodiff_d7___autodiff_t7: f64 = __autodiff_n46;
            let __autodiff_t7 = __autodiff_n19;
            (__autodiff_d7___autodiff_t7, __autodiff_t7)
        },
        __autodiff_d0_x,
        x,
    );
    let mut b = ::std::vec![x, __autodiff_t7];
    let mut __autodiff_d3_b = ::std::vec![__autodiff_d0_x, __autodiff_d7___autodiff_t7];
    let mut __autodiff_d4_r: f64;
    let mut r: f64;
    (__autodiff_d4_r, r) = ::autodiff::__private::outline::outline_in_debug3(
        |mut __autodiff_d0_x, mut __autodiff_tape, mut x| {
            let __autodiff_k22 = 1;
            let __autodiff_k65 = __autodiff_k22;
            __autodiff_tape.push_control((__autodiff_k65) as usize);
            let mut __autodiff_d4_r: f64 = __autodiff_d3_b[__autodiff_k65];
            let __autodiff_k66 = __autodiff_k22;
            __autodiff_tape.push_control((__autodiff_k66) as usize);
            let mut r: f64 = b[__autodiff_k66];
            __autodiff_tape.spill(__autodiff_d0_x);
            __autodiff_tape.spill(x);
            (__autodiff_d4_r, r)
        },
        __autodiff_d0_x,
        &mut *__autodiff_tape,
        x,
    );
    if (depth > 0) {
        let mut __autodiff_d10___autodiff_t10: f64;
        let __autodiff_t10;
        (__autodiff_d10___autodiff_t10, __autodiff_t10) = ::autodiff::__private::outline::outline_in_debug5(
            |
                mut __autodiff_d0_x,
                mut __autodiff_d4_r,
                mut __autodiff_tape,
                mut r,
                mut x|
            {
                let __autodiff_t5 = 0;
                let __autodiff_k24 = __autodiff_t5;
                let __autodiff_k67 = __autodiff_k24;
                __autodiff_tape.push_control((__autodiff_k67) as usize);
                let mut __autodiff_d8___autodiff_t8: f64 = __autodiff_d3_b[__autodiff_k67];
                let __autodiff_k68 = __autodiff_k24;
                __autodiff_tape.push_control((__autodiff_k68) as usize);
                let __autodiff_t8 = b[__autodiff_k68];
                let __autodiff_n49 = (__autodiff_t8 * 1.5f64);
                let __autodiff_n26 = __autodiff_n49;
                let __autodiff_n50 = (1.5f64 * __autodiff_d8___autodiff_t8);
                let mut __autodiff_d9___autodiff_t9: f64 = __autodiff_n50;
                let __autodiff_t9 = __autodiff_n26;
                let __autodiff_k27 = __autodiff_t5;
                let __autodiff_k69 = __autodiff_k27;
                __autodiff_tape.push_control((__autodiff_k69) as usize);
                __autodiff_d3_b[__autodiff_k69] = __autodiff_d9___autodiff_t9;
                let __autodiff_k70 = __autodiff_k27;
                __autodiff_tape.push_control((__autodiff_k70) as usize);
                b[__autodiff_k70] = __autodiff_t9;
                let __autodiff_n51 = (0.8f64 * x);
                let __autodiff_n29 = __autodiff_n51;
                let __autodiff_n52 = (0.8f64 * __autodiff_d0_x);
                let mut __autodiff_d10___autodiff_t10: f64 = __autodiff_n52;
                let __autodiff_t10 = __autodiff_n29;
                __autodiff_tape.spill(__autodiff_d4_r);
                __autodiff_tape.spill(r);
                (__autodiff_d10___autodiff_t10, __autodiff_t10)
            },
            __autodiff_d0_x,
            __autodiff_d4_r,
            &mut *__autodiff_tape,
            r,
            x,
        );
        (__autodiff_d4_r, r) = ::autodiff::__private::outline::outline2(
            |
                (mut __autodiff_t11, mut __autodiff_d11___autodiff_t11),
                mut __autodiff_tape|
            {
                let mut __autodiff_d4_r;
                let mut r;
                r = __autodiff_tape.unspill();
                __autodiff_d4_r = __autodiff_tape.unspill();
                let __autodiff_n53 = (r * __autodiff_t11);
                let __autodiff_n31 = __autodiff_n53;
                let __autodiff_n54 = (__autodiff_t11 * __autodiff_d4_r);
                let __autodiff_n55 = (r * __autodiff_d11___autodiff_t11);
                let __autodiff_n56 = (__autodiff_n54 + __autodiff_n55);
                __autodiff_tape.push(__autodiff_d4_r);
                __autodiff_d4_r = __autodiff_n56;
                __autodiff_tape.push(r);
                r = __autodiff_n31;
                let __autodiff_t6 = 1;
                let __autodiff_k33 = __autodiff_t6;
                let __autodiff_k71 = __autodiff_k33;
                __autodiff_tape.push_control((__autodiff_k71) as usize);
                let mut __autodiff_d12___autodiff_t12: f64 = __autodiff_d3_b[__autodiff_k71];
                let __autodiff_k72 = __autodiff_k33;
                __autodiff_tape.push_control((__autodiff_k72) as usize);
                let __autodiff_t12 = b[__autodiff_k72];
                let __autodiff_n57 = (__autodiff_t12 + r);
                let __autodiff_n35 = __autodiff_n57;
                let __autodiff_n58 = (__autodiff_d12___autodiff_t12 + __autodiff_d4_r);
                let mut __autodiff_d13___autodiff_t13: f64 = __autodiff_n58;
                let __autodiff_t13 = __autodiff_n35;
                let __autodiff_k36 = __autodiff_t6;
                let __autodiff_k73 = __autodiff_k36;
                __autodiff_tape.push_control((__autodiff_k73) as usize);
                __autodiff_d3_b[__autodiff_k73] = __autodiff_d13___autodiff_t13;
                let __autodiff_k74 = __autodiff_k36;
                __autodiff_tape.push_control((__autodiff_k74) as usize);
                b[__autodiff_k74] = __autodiff_t13;
                __autodiff_tape.push(__autodiff_t11);
                __autodiff_tape.push(__autodiff_d11___autodiff_t11);
                __autodiff_tape.push_control((1) as usize);
                (__autodiff_d4_r, r)
            },
            refilled__jvp_fwd(
                __autodiff_t10,
                (depth - 1),
                __autodiff_d10___autodiff_t10,
                ::core::default::Default::default(),
                __autodiff_tape,
            ),
            &mut *__autodiff_tape,
        );
    } else {
        __autodiff_tape.push_control((0) as usize);
    }
    ::autodiff::__private::outline::outline3(
        |mut __autodiff_d4_r, mut __autodiff_tape, mut r| {
            let mut __autodiff_d0_x;
            let mut __autodiff_out;
            let mut x;
            x = __autodiff_tape.unspill();
            __autodiff_d0_x = __autodiff_tape.unspill();
            let __autodiff_k38 = 0;
            let __autodiff_k75 = __autodiff_k38;
            __autodiff_tape.push_control((__autodiff_k75) as usize);
            let mut __autodiff_d14___autodiff_t14: f64 = __autodiff_d3_b[__autodiff_k75];
            let __autodiff_k76 = __autodiff_k38;
            __autodiff_tape.push_control((__autodiff_k76) as usize);
            let __autodiff_t14 = b[__autodiff_k76];
            let __autodiff_k40 = 1;
            let __autodiff_k77 = __autodiff_k40;
            __autodiff_tape.push_control((__autodiff_k77) as usize);
            let mut __autodiff_d15___autodiff_t15: f64 = __autodiff_d3_b[__autodiff_k77];
            let __autodiff_k78 = __autodiff_k40;
            __autodiff_tape.push_control((__autodiff_k78) as usize);
            let __autodiff_t15 = b[__autodiff_k78];
            let __autodiff_n59 = (__autodiff_t15 * r);
            let __autodiff_n41 = __autodiff_n59;
            let __autodiff_n60 = (__autodiff_t14 + __autodiff_n41);
            let __autodiff_n42 = __autodiff_n60;
            let __autodiff_n61 = (r * __autodiff_d15___autodiff_t15);
            let __autodiff_n63 = (__autodiff_t15 * __autodiff_d4_r);
            let __autodiff_n62 = (__autodiff_d14___autodiff_t14 + __autodiff_n61);
            let __autodiff_n64 = (__autodiff_n62 + __autodiff_n63);
            let mut __autodiff_d2___autodiff_out: f64 = 0.0;
            __autodiff_d2___autodiff_out = __autodiff_n64;
            __autodiff_out = __autodiff_n42;
            __autodiff_tape.push(__autodiff_d4_r);
            __autodiff_tape.push(r);
            __autodiff_tape.push(__autodiff_d15___autodiff_t15);
            __autodiff_tape.push(__autodiff_t15);
            __autodiff_tape.push(x);
            __autodiff_tape.push(__autodiff_d0_x);
            (__autodiff_out, __autodiff_d2___autodiff_out)
        },
        __autodiff_d4_r,
        &mut *__autodiff_tape,
        r,
    )
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
fn refilled__jvp_bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    mut __autodiff_b2: f64,
    mut __autodiff_b17: f64,
    mut __autodiff_b0: f64,
    _: (),
    mut __autodiff_b16: f64,
    _: (),
) -> (f64, (), f64, ()) {
    {
        let mut __autodiff_s16: f64;
        let mut __autodiff_s0: f64;
        let mut __autodiff_b21: f64;
        let mut __autodiff_b4: f64;
        ::autodiff::__private::outline::outline3(
            |mut __autodiff_b17, mut __autodiff_b2, mut __autodiff_tape| {
                let mut __autodiff_s16: f64 = 0.0;
                __autodiff_s16 = __autodiff_tape.pop();
                let mut __autodiff_s0: f64 = 0.0;
                __autodiff_s0 = __autodiff_tape.pop();
                let mut __autodiff_s15: f64 = 0.0;
                __autodiff_s15 = __autodiff_tape.pop();
                let mut __autodiff_s39: f64 = 0.0;
                __autodiff_s39 = __autodiff_tape.pop();
                let mut __autodiff_s4: f64 = 0.0;
                __autodiff_s4 = __autodiff_tape.pop();
                let mut __autodiff_s21: f64 = 0.0;
                __autodiff_s21 = __autodiff_tape.pop();
                let __autodiff_ob = __autodiff_b2;
                let mut __autodiff_b42: f64 = -0.0;
                __autodiff_b42 += __autodiff_ob;
                let __autodiff_ob = __autodiff_b17;
                let mut __autodiff_b37: f64 = -0.0;
                __autodiff_b37 += __autodiff_ob;
                let mut __autodiff_b15: f64 = -0.0;
                __autodiff_b15 += __autodiff_ob * __autodiff_s21;
                let mut __autodiff_b21: f64 = -0.0;
                __autodiff_b21 += __autodiff_ob * __autodiff_s15;
                let mut __autodiff_b4: f64 = -0.0;
                __autodiff_b4 += __autodiff_ob * __autodiff_s39;
                let mut __autodiff_b39: f64 = -0.0;
                __autodiff_b39 += __autodiff_ob * __autodiff_s4;
                let __autodiff_ob = __autodiff_b42;
                let mut __autodiff_b14: f64 = -0.0;
                __autodiff_b14 += __autodiff_ob;
                let mut __autodiff_b41: f64 = -0.0;
                __autodiff_b41 += __autodiff_ob;
                let __autodiff_ob = __autodiff_b41;
                __autodiff_b15 += __autodiff_ob * __autodiff_s4;
                __autodiff_b4 += __autodiff_ob * __autodiff_s15;
                let __autodiff_k = __autodiff_tape.pop_control();
                let mut __autodiff_b3 = ::autodiff::__private::AdjointBuffer::<
                    f64,
                >::new();
                __autodiff_b3.add_at(__autodiff_k, __autodiff_b15);
                let __autodiff_k = __autodiff_tape.pop_control();
                let mut __autodiff_b20 = ::autodiff::__private::AdjointBuffer::<
                    f64,
                >::new();
                __autodiff_b20.add_at(__autodiff_k, __autodiff_b39);
                let __autodiff_k = __autodiff_tape.pop_control();
                __autodiff_b3.add_at(__autodiff_k, __autodiff_b14);
                let __autodiff_k = __autodiff_tape.pop_control();
                __autodiff_b20.add_at(__autodiff_k, __autodiff_b37);
                __autodiff_tape.spill(__autodiff_s0);
                __autodiff_tape.spill(__autodiff_s16);
                __autodiff_tape.spill_buffer(__autodiff_b20);
                __autodiff_tape.spill(__autodiff_b21);
                __autodiff_tape.spill_buffer(__autodiff_b3);
                __autodiff_tape.spill(__autodiff_b4);
                __autodiff_tape.spill(__autodiff_s0);
                __autodiff_tape.spill(__autodiff_s16);
                ()
            },
            __autodiff_b17,
            __autodiff_b2,
            &mut *__autodiff_tape,
        );
        __autodiff_s16 = __autodiff_tape.unspill();
        __autodiff_s0 = __autodiff_tape.unspill();
        __autodiff_b4 = __autodiff_tape.unspill();
        __autodiff_b21 = __autodiff_tape.unspill();
        if __autodiff_tape.pop_control() != 0 {
            {
                let mut __autodiff_b10: f64 = -0.0;
                let mut __autodiff_b28: f64 = -0.0;
                let mut __autodiff_b30: f64;
                let mut __autodiff_b11: f64;
                (__autodiff_b30, __autodiff_b11) = ::autodiff::__private::outline::outline5(
                    |
                        mut __autodiff_b0,
                        mut __autodiff_b16,
                        mut __autodiff_b21,
                        mut __autodiff_b4,
                        mut __autodiff_tape|
                    {
                        let mut __autodiff_b3 = __autodiff_tape.unspill_buffer();
                        let mut __autodiff_b20 = __autodiff_tape.unspill_buffer();
                        let mut __autodiff_s21;
                        let mut __autodiff_s4;
                        let mut __autodiff_s30: f64 = 0.0;
                        __autodiff_s30 = __autodiff_tape.pop();
                        let mut __autodiff_s11: f64 = 0.0;
                        __autodiff_s11 = __autodiff_tape.pop();
                        let mut __autodiff_b13: f64 = -0.0;
                        __autodiff_b13
                            += __autodiff_b3.take(__autodiff_tape.pop_control());
                        let mut __autodiff_b34: f64 = -0.0;
                        __autodiff_b34
                            += __autodiff_b20.take(__autodiff_tape.pop_control());
                        let __autodiff_ob = __autodiff_b13;
                        let mut __autodiff_b35: f64 = -0.0;
                        __autodiff_b35 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b34;
                        let mut __autodiff_b32: f64 = -0.0;
                        __autodiff_b32 += __autodiff_ob;
                        __autodiff_b21 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b35;
                        let mut __autodiff_b12: f64 = -0.0;
                        __autodiff_b12 += __autodiff_ob;
                        __autodiff_b4 += __autodiff_ob;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b3.add_at(__autodiff_k, __autodiff_b12);
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b20.add_at(__autodiff_k, __autodiff_b32);
                        __autodiff_s4 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b4;
                        __autodiff_b4 = -0.0;
                        let mut __autodiff_b31: f64 = -0.0;
                        __autodiff_b31 += __autodiff_ob;
                        __autodiff_s21 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b21;
                        __autodiff_b4 += __autodiff_ob * __autodiff_s30;
                        let mut __autodiff_b30: f64 = -0.0;
                        __autodiff_b30 += __autodiff_ob * __autodiff_s4;
                        let mut __autodiff_b11: f64 = -0.0;
                        __autodiff_b11 += __autodiff_ob * __autodiff_s21;
                        __autodiff_b21 = __autodiff_ob * __autodiff_s11;
                        let __autodiff_ob = __autodiff_b31;
                        __autodiff_b4 += __autodiff_ob * __autodiff_s11;
                        __autodiff_b11 += __autodiff_ob * __autodiff_s4;
                        __autodiff_tape.spill(__autodiff_b0);
                        __autodiff_tape.spill(__autodiff_b16);
                        __autodiff_tape.spill_buffer(__autodiff_b20);
                        __autodiff_tape.spill(__autodiff_b21);
                        __autodiff_tape.spill_buffer(__autodiff_b3);
                        __autodiff_tape.spill(__autodiff_b4);
                        (__autodiff_b30, __autodiff_b11)
                    },
                    __autodiff_b0,
                    __autodiff_b16,
                    __autodiff_b21,
                    __autodiff_b4,
                    &mut *__autodiff_tape,
                );
                (__autodiff_b10, _, __autodiff_b28, _) = refilled__jvp_bwd(
                    __autodiff_tape,
                    __autodiff_b11,
                    __autodiff_b30,
                    __autodiff_b10,
                    ::core::default::Default::default(),
                    __autodiff_b28,
                    ::core::default::Default::default(),
                );
                ::autodiff::__private::outline::outline3(
                    |mut __autodiff_b10, mut __autodiff_b28, mut __autodiff_tape| {
                        let mut __autodiff_b0;
                        let mut __autodiff_b16;
                        let mut __autodiff_b20;
                        let mut __autodiff_b21;
                        let mut __autodiff_b3;
                        let mut __autodiff_b4;
                        __autodiff_b4 = __autodiff_tape.unspill();
                        __autodiff_b3 = __autodiff_tape.unspill_buffer();
                        __autodiff_b21 = __autodiff_tape.unspill();
                        __autodiff_b20 = __autodiff_tape.unspill_buffer();
                        __autodiff_b16 = __autodiff_tape.unspill();
                        __autodiff_b0 = __autodiff_tape.unspill();
                        let __autodiff_ob = __autodiff_b10;
                        let mut __autodiff_b29: f64 = -0.0;
                        __autodiff_b29 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b28;
                        __autodiff_b16 += __autodiff_ob * 0.8f64;
                        let __autodiff_ob = __autodiff_b29;
                        __autodiff_b0 += __autodiff_ob * 0.8f64;
                        let mut __autodiff_b9: f64 = -0.0;
                        __autodiff_b9
                            += __autodiff_b3.take(__autodiff_tape.pop_control());
                        let mut __autodiff_b25: f64 = -0.0;
                        __autodiff_b25
                            += __autodiff_b20.take(__autodiff_tape.pop_control());
                        let __autodiff_ob = __autodiff_b9;
                        let mut __autodiff_b26: f64 = -0.0;
                        __autodiff_b26 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b25;
                        let mut __autodiff_b23: f64 = -0.0;
                        __autodiff_b23 += __autodiff_ob * 1.5f64;
                        let __autodiff_ob = __autodiff_b26;
                        let mut __autodiff_b8: f64 = -0.0;
                        __autodiff_b8 += __autodiff_ob * 1.5f64;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b3.add_at(__autodiff_k, __autodiff_b8);
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b20.add_at(__autodiff_k, __autodiff_b23);
                        __autodiff_tape.spill(__autodiff_b0);
                        __autodiff_tape.spill(__autodiff_b16);
                        __autodiff_tape.spill_buffer(__autodiff_b20);
                        __autodiff_tape.spill(__autodiff_b21);
                        __autodiff_tape.spill_buffer(__autodiff_b3);
                        __autodiff_tape.spill(__autodiff_b4);
                        ()
                    },
                    __autodiff_b10,
                    __autodiff_b28,
                    &mut *__autodiff_tape,
                );
                __autodiff_b4 = __autodiff_tape.unspill();
                __autodiff_b21 = __autodiff_tape.unspill();
                __autodiff_b16 = __autodiff_tape.unspill();
                __autodiff_b0 = __autodiff_tape.unspill();
            }
        } else {
            {}
        }
        (__autodiff_b0, __autodiff_b16) = ::autodiff::__private::outline::outline5(
            |
                mut __autodiff_b0,
                mut __autodiff_b16,
                mut __autodiff_b21,
                mut __autodiff_b4,
                mut __autodiff_tape|
            {
                let mut __autodiff_b3 = __autodiff_tape.unspill_buffer();
                let mut __autodiff_b20 = __autodiff_tape.unspill_buffer();
                let mut __autodiff_s0;
                let mut __autodiff_s16;
                __autodiff_s16 = __autodiff_tape.unspill();
                __autodiff_s0 = __autodiff_tape.unspill();
                let __autodiff_k = __autodiff_tape.pop_control();
                __autodiff_b3.add_at(__autodiff_k, __autodiff_b4);
                let __autodiff_k = __autodiff_tape.pop_control();
                __autodiff_b20.add_at(__autodiff_k, __autodiff_b21);
                __autodiff_b16 += __autodiff_b20.take(0usize);
                let mut __autodiff_b18: f64 = -0.0;
                __autodiff_b18 += __autodiff_b20.take(1usize);
                __autodiff_b20.clear();
                __autodiff_b0 += __autodiff_b3.take(0usize);
                let mut __autodiff_b7: f64 = -0.0;
                __autodiff_b7 += __autodiff_b3.take(1usize);
                __autodiff_b3.clear();
                let __autodiff_ob = __autodiff_b7;
                let mut __autodiff_b19: f64 = -0.0;
                __autodiff_b19 += __autodiff_ob;
                let __autodiff_n45 = (__autodiff_s0 + __autodiff_s0);
                let __autodiff_ob = __autodiff_b18;
                __autodiff_b16 += __autodiff_ob * __autodiff_n45;
                __autodiff_b0 += __autodiff_ob * (__autodiff_s16 + __autodiff_s16);
                let __autodiff_ob = __autodiff_b19;
                __autodiff_b0 += __autodiff_ob * (__autodiff_s0 + __autodiff_s0);
                (__autodiff_b0, __autodiff_b16)
            },
            __autodiff_b0,
            __autodiff_b16,
            __autodiff_b21,
            __autodiff_b4,
            &mut *__autodiff_tape,
        );
    }
    (__autodiff_b0, (), __autodiff_b16, ())
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
fn refilled__trace(
    x: f64,
    depth: u32,
    __autodiff_o0: ::autodiff::__private::Operand,
    _: (),
    __autodiff_rec: &mut ::autodiff::__private::Recorder,
) -> (f64, ::autodiff::__private::Operand) {
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_v = refilled__fwd(x, depth, __autodiff_tape);
        (
            __autodiff_v,
            refilled__bwd(
                __autodiff_tape,
                1.0,
                -0.0,
                ::core::default::Default::default(),
            ),
        )
    });
    let mut __autodiff_operands: ::std::vec::Vec<::autodiff::__private::Operand> = ::std::vec::Vec::new();
    let mut __autodiff_partials: ::std::vec::Vec<f64> = ::std::vec::Vec::new();
    __autodiff_operands.push(__autodiff_o0.or_const(x as f64));
    __autodiff_partials.push(__autodiff_adjoints.0 as f64);
    let __autodiff_node = __autodiff_rec
        .op(
            "refilled",
            &__autodiff_operands,
            __autodiff_value as f64,
            &__autodiff_partials,
        );
    (__autodiff_value, __autodiff_node)
}
///Forward mode of `refilled` (generated by `#[differentiate]`): returns the value and the directional derivative along one tangent per differentiated parameter. Panics if a tangent's length differs from its vector's.
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
fn refilled_jvp(x: f64, depth: u32, dx: f64) -> (f64, f64) {
    let _ = refilled;
    refilled__jvp(x, depth, dx, ())
}
///Reverse mode of `refilled` (generated by `#[differentiate]`): returns the value and `seed` times the partial derivative with respect to each differentiated parameter, in order (an owned vector for a vector parameter).
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
fn refilled_vjp(x: f64, depth: u32, seed: f64) -> (f64, f64) {
    let _ = refilled;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = refilled__fwd(x, depth, __autodiff_tape);
        let __autodiff_adjoints = refilled__bwd(__autodiff_tape, seed, -0.0, ());
        (__autodiff_value, __autodiff_adjoints)
    });
    (__autodiff_value, __autodiff_adjoints.0 + 0.0)
}
///Gradient of `refilled` (generated by `#[differentiate]`): the value and the partial derivative with respect to each differentiated parameter, in order.
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
fn refilled_grad(x: f64, depth: u32) -> (f64, f64) {
    let _ = refilled;
    refilled_vjp(x, depth, 1.0)
}
///Reverse mode of `refilled` into caller-owned buffers (generated by `#[differentiate]`): adds `seed` times each partial derivative into the `g_` argument of its parameter and returns the value. No allocation: the form for hot loops. Panics if a buffer's length differs from its vector's.
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
fn refilled_vjp_into(x: f64, depth: u32, seed: f64, g_x: &mut f64) -> f64 {
    let _ = refilled;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = refilled__fwd(x, depth, __autodiff_tape);
        let __autodiff_adjoints = refilled__bwd(__autodiff_tape, seed, -0.0, ());
        (__autodiff_value, __autodiff_adjoints)
    });
    *g_x += __autodiff_adjoints.0;
    __autodiff_value
}
///Gradient of `refilled` into caller-owned buffers (generated by `#[differentiate]`): adds each partial derivative into the `g_` argument of its parameter and returns the value.
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
fn refilled_grad_into(x: f64, depth: u32, g_x: &mut f64) -> f64 {
    let _ = refilled;
    refilled_vjp_into(x, depth, 1.0, g_x)
}
///Hessian-vector product of `refilled` (generated by `#[differentiate]`): the value, the gradient, and the Hessian times the direction given by one `v_` argument per differentiated parameter (reverse mode over forward mode, exact to rounding). Panics if a direction's length differs from its vector's.
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
fn refilled_hvp(x: f64, depth: u32, v_x: f64) -> (f64, f64, f64) {
    let _ = refilled;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = refilled__jvp_fwd(
            x,
            depth,
            v_x,
            (),
            __autodiff_tape,
        );
        let __autodiff_adjoints = refilled__jvp_bwd(
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
///Hessian-vector product of `refilled` into caller-owned buffers (generated by `#[differentiate]`): adds the gradient into the `g_` argument and the Hessian times the direction (the `v_` arguments) into the `h_` argument of each differentiated parameter, and returns the value. No allocation: the form for hot loops (an inner solve's conjugate gradient). Panics if a direction's or a buffer's length differs from its vector's.
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
fn refilled_hvp_into(x: f64, depth: u32, v_x: f64, g_x: &mut f64, h_x: &mut f64) -> f64 {
    let _ = refilled;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = refilled__jvp_fwd(
            x,
            depth,
            v_x,
            (),
            __autodiff_tape,
        );
        let __autodiff_adjoints = refilled__jvp_bwd(
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
///Hessian of `refilled` (generated by `#[differentiate]`) over the differentiated parameters in order (a vector's entries one after the other), one Hessian-vector product per column.
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
fn refilled_hessian(
    x: f64,
    depth: u32,
) -> ::autodiff::__private::nalgebra::DMatrix<f64> {
    let _ = refilled;
    let mut __autodiff_size: usize = 0;
    let __autodiff_o_x = __autodiff_size;
    __autodiff_size += 1;
    let mut __autodiff_hessian = ::autodiff::__private::nalgebra::DMatrix::<
        f64,
    >::zeros(__autodiff_size, __autodiff_size);
    for __autodiff_column in 0..__autodiff_size {
        let __autodiff_result = refilled_hvp(
            ::core::clone::Clone::clone(&x),
            ::core::clone::Clone::clone(&depth),
            if __autodiff_column == __autodiff_o_x { 1.0 } else { 0.0 },
        );
        __autodiff_hessian[(__autodiff_o_x, __autodiff_column)] = __autodiff_result.2;
    }
    __autodiff_hessian
}
///Evaluation trace of one call of `refilled` (generated by `#[differentiate]`): every elementary operation with its value, tangents and adjoint; `Display` prints Baydin et al.'s tables.
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
fn refilled_trace(x: f64, depth: u32) -> ::autodiff::__private::Trace {
    let _ = refilled;
    let mut __autodiff_rec = ::autodiff::__private::Recorder::new();
    let __autodiff_o0 = __autodiff_rec.input("x", x as f64);
    let (__autodiff_value, __autodiff_output) = refilled__trace(
        x,
        depth,
        __autodiff_o0,
        (),
        &mut __autodiff_rec,
    );
    __autodiff_rec.name_output("y");
    __autodiff_rec.finish(__autodiff_value as f64, __autodiff_output)
}
