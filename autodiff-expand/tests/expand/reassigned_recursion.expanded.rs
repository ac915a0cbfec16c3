fn reassigned(mut x: f64, mut y: f64, depth: u32) -> f64 {
    x += 0.1 * y;
    y *= 0.9;
    if depth == 0 {
        return x * y;
    }
    let mut r = reassigned(x.atan(), y, depth - 1);
    r += x * x;
    r *= 0.5;
    r + y.exp()
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
fn reassigned__jvp(
    mut x: f64,
    mut y: f64,
    depth: u32,
    mut __autodiff_d0_x: f64,
    mut __autodiff_d1_y: f64,
    _: (),
) -> (f64, f64) {
    ::autodiff::__private::outline::outline_in_debug4(
        |__autodiff_ref0, __autodiff_ref1, __autodiff_ref2, __autodiff_ref3| {
            let mut __autodiff_d0_x = *__autodiff_ref0;
            let mut __autodiff_d1_y = *__autodiff_ref1;
            let mut x = *__autodiff_ref2;
            let mut y = *__autodiff_ref3;
            let __autodiff_n9 = (0.1f64 * y);
            let __autodiff_n10 = (x + __autodiff_n9);
            __autodiff_d0_x = ::autodiff::__private::Barrier::opaque(
                (__autodiff_d0_x + (0.1f64 * __autodiff_d1_y)),
            );
            x = __autodiff_n10;
            let __autodiff_n11 = (y * 0.9f64);
            __autodiff_d1_y = ::autodiff::__private::Barrier::opaque(
                (0.9f64 * __autodiff_d1_y),
            );
            y = __autodiff_n11;
            *__autodiff_ref0 = __autodiff_d0_x;
            *__autodiff_ref1 = __autodiff_d1_y;
            *__autodiff_ref2 = x;
            *__autodiff_ref3 = y;
            ()
        },
        &mut __autodiff_d0_x,
        &mut __autodiff_d1_y,
        &mut x,
        &mut y,
    );
    if (depth == 0) {
        return ::autodiff::__private::outline::outline4(
            |mut __autodiff_d0_x, mut __autodiff_d1_y, mut x, mut y| {
                let mut __autodiff_d3___autodiff_out;
                let mut __autodiff_out;
                let __autodiff_n12 = (x * y);
                __autodiff_d3___autodiff_out = ::autodiff::__private::Barrier::opaque(
                    ((y * __autodiff_d0_x) + (x * __autodiff_d1_y)),
                );
                __autodiff_out = ::autodiff::__private::Barrier::opaque(__autodiff_n12);
                (__autodiff_out, __autodiff_d3___autodiff_out)
            },
            __autodiff_d0_x,
            __autodiff_d1_y,
            x,
            y,
        );
    }
    let mut __autodiff_d5___autodiff_t5: f64;
    let __autodiff_t5;
    (__autodiff_d5___autodiff_t5, __autodiff_t5) = ::autodiff::__private::outline::outline2(
        |mut __autodiff_d0_x, mut x| {
            let __autodiff_n14 = x.atan();
            let mut __autodiff_d5___autodiff_t5: f64 = ((1.0 / (1.0 + (x * x)))
                * __autodiff_d0_x);
            let __autodiff_t5 = __autodiff_n14;
            (__autodiff_d5___autodiff_t5, __autodiff_t5)
        },
        __autodiff_d0_x,
        x,
    );
    ::autodiff::__private::outline::outline5(
        |
            (mut r, mut __autodiff_d4_r),
            mut __autodiff_d0_x,
            mut __autodiff_d1_y,
            mut x,
            mut y|
        {
            let mut __autodiff_d3___autodiff_out;
            let mut __autodiff_out;
            let __autodiff_n16 = (x * x);
            let __autodiff_n17 = (r + __autodiff_n16);
            __autodiff_d4_r = ::autodiff::__private::Barrier::opaque(
                (__autodiff_d4_r + ((x + x) * __autodiff_d0_x)),
            );
            r = __autodiff_n17;
            let __autodiff_n18 = (r * 0.5f64);
            __autodiff_d4_r = ::autodiff::__private::Barrier::opaque(
                (0.5f64 * __autodiff_d4_r),
            );
            r = __autodiff_n18;
            let __autodiff_n19 = y.exp();
            let __autodiff_n20 = (r + __autodiff_n19);
            __autodiff_d3___autodiff_out = ::autodiff::__private::Barrier::opaque(
                (__autodiff_d4_r + (__autodiff_n19 * __autodiff_d1_y)),
            );
            __autodiff_out = ::autodiff::__private::Barrier::opaque(__autodiff_n20);
            (__autodiff_out, __autodiff_d3___autodiff_out)
        },
        reassigned__jvp(
            __autodiff_t5,
            y,
            (depth - 1),
            __autodiff_d5___autodiff_t5,
            __autodiff_d1_y,
            ::core::default::Default::default(),
        ),
        __autodiff_d0_x,
        __autodiff_d1_y,
        x,
        y,
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
fn reassigned__fwd(
    mut x: f64,
    mut y: f64,
    depth: u32,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> f64 {
    ::autodiff::__private::outline::outline_in_debug3(
        |mut __autodiff_tape, __autodiff_ref0, __autodiff_ref1| {
            let mut x = *__autodiff_ref0;
            let mut y = *__autodiff_ref1;
            let __autodiff_n6 = (0.1f64 * y);
            let __autodiff_n7 = (x + __autodiff_n6);
            __autodiff_tape.push(x);
            x = __autodiff_n7;
            let __autodiff_n8 = (y * 0.9f64);
            __autodiff_tape.push(y);
            y = __autodiff_n8;
            *__autodiff_ref0 = x;
            *__autodiff_ref1 = y;
            ()
        },
        &mut *__autodiff_tape,
        &mut x,
        &mut y,
    );
    if (depth == 0) {
        return ::autodiff::__private::outline::outline3(
            |mut __autodiff_tape, mut x, mut y| {
                let mut __autodiff_out;
                let __autodiff_n9 = (x * y);
                __autodiff_out = __autodiff_n9;
                __autodiff_tape.push_control((1) as usize);
                __autodiff_tape.push_control((3) as usize);
                __autodiff_tape.push(x);
                __autodiff_tape.push(y);
                __autodiff_out
            },
            &mut *__autodiff_tape,
            x,
            y,
        );
    } else {
        __autodiff_tape.push_control((0) as usize);
    }
    let __autodiff_t5;
    __autodiff_t5 = ::autodiff::__private::outline::outline3(
        |mut __autodiff_tape, mut x, mut y| {
            let __autodiff_n10 = x.atan();
            let __autodiff_t5 = __autodiff_n10;
            __autodiff_tape.spill(x);
            __autodiff_tape.spill(y);
            (__autodiff_t5)
        },
        &mut *__autodiff_tape,
        x,
        y,
    );
    ::autodiff::__private::outline::outline2(
        |mut r: f64, mut __autodiff_tape| {
            let mut __autodiff_out;
            let mut x;
            let mut y;
            y = __autodiff_tape.unspill();
            x = __autodiff_tape.unspill();
            let __autodiff_n11 = (x * x);
            let __autodiff_n12 = (r + __autodiff_n11);
            r = __autodiff_n12;
            let __autodiff_n13 = (r * 0.5f64);
            r = __autodiff_n13;
            let __autodiff_n14 = y.exp();
            let __autodiff_n15 = (r + __autodiff_n14);
            __autodiff_tape.push(__autodiff_n14);
            __autodiff_out = __autodiff_n15;
            __autodiff_tape.push_control((9) as usize);
            __autodiff_tape.push(x);
            __autodiff_tape.push(y);
            __autodiff_out
        },
        reassigned__fwd(__autodiff_t5, y, (depth - 1), __autodiff_tape),
        &mut *__autodiff_tape,
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
fn reassigned__bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    mut __autodiff_b3: f64,
    mut __autodiff_i0: f64,
    mut __autodiff_i1: f64,
    _: (),
) -> (f64, f64, ()) {
    __autodiff_tape.spill(__autodiff_i0);
    __autodiff_tape.spill(__autodiff_i1);
    let mut __autodiff_b0: f64 = -0.0;
    let mut __autodiff_b1: f64 = -0.0;
    {
        let mut __autodiff_b4: f64 = -0.0;
        let mut __autodiff_b5: f64 = -0.0;
        let __autodiff_stop;
        __autodiff_stop = ::autodiff::__private::outline::outline_in_debug5(
            |
                mut __autodiff_b0,
                mut __autodiff_b3,
                mut __autodiff_tape,
                __autodiff_ref0,
                __autodiff_ref1|
            {
                let mut __autodiff_b1 = *__autodiff_ref0;
                let mut __autodiff_b4 = *__autodiff_ref1;
                let mut __autodiff_s0;
                let mut __autodiff_s1;
                __autodiff_s1 = __autodiff_tape.pop();
                __autodiff_s0 = __autodiff_tape.pop();
                let __autodiff_stop = __autodiff_tape.pop_control();
                if __autodiff_stop >= 8usize {
                    let __autodiff_n14: f64 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b3;
                    __autodiff_b3 = -0.0;
                    __autodiff_b4 += __autodiff_ob;
                    __autodiff_b1 += __autodiff_ob * __autodiff_n14;
                }
                if __autodiff_stop >= 7usize {
                    let __autodiff_ob = __autodiff_b4;
                    __autodiff_b4 = __autodiff_ob * 0.5f64;
                }
                if __autodiff_stop >= 6usize {
                    let __autodiff_ob = __autodiff_b4;
                    __autodiff_b4 = __autodiff_ob;
                    __autodiff_b0 += __autodiff_ob * (__autodiff_s0 + __autodiff_s0);
                }
                __autodiff_tape.spill(__autodiff_b0);
                __autodiff_tape.spill(__autodiff_b3);
                __autodiff_tape.spill(__autodiff_s0);
                __autodiff_tape.spill(__autodiff_s1);
                *__autodiff_ref0 = __autodiff_b1;
                *__autodiff_ref1 = __autodiff_b4;
                (__autodiff_stop)
            },
            __autodiff_b0,
            __autodiff_b3,
            &mut *__autodiff_tape,
            &mut __autodiff_b1,
            &mut __autodiff_b4,
        );
        if __autodiff_stop >= 5usize {
            let __autodiff_ob = __autodiff_b4;
            (__autodiff_b5, __autodiff_b1, _) = reassigned__bwd(
                __autodiff_tape,
                __autodiff_ob,
                __autodiff_b5,
                __autodiff_b1,
                ::core::default::Default::default(),
            );
        }
        ::autodiff::__private::outline::outline_in_debug5(
            |
                mut __autodiff_b5,
                mut __autodiff_stop,
                mut __autodiff_tape,
                __autodiff_ref0,
                __autodiff_ref1|
            {
                let mut __autodiff_b1 = *__autodiff_ref1;
                let mut __autodiff_b0;
                let mut __autodiff_b3;
                let mut __autodiff_s0;
                let mut __autodiff_s1;
                __autodiff_s1 = __autodiff_tape.unspill();
                __autodiff_s0 = __autodiff_tape.unspill();
                __autodiff_b3 = __autodiff_tape.unspill();
                __autodiff_b0 = __autodiff_tape.unspill();
                if __autodiff_stop >= 4usize {
                    let __autodiff_ob = __autodiff_b5;
                    __autodiff_b5 = -0.0;
                    __autodiff_b0
                        += __autodiff_ob
                            * (1.0 / (1.0 + (__autodiff_s0 * __autodiff_s0)));
                }
                if __autodiff_tape.pop_control() != 0 {
                    {
                        let __autodiff_ob = __autodiff_b3;
                        __autodiff_b3 = -0.0;
                        __autodiff_b0 += __autodiff_ob * __autodiff_s1;
                        __autodiff_b1 += __autodiff_ob * __autodiff_s0;
                    }
                } else {
                    {}
                }
                __autodiff_s1 = __autodiff_tape.pop();
                let __autodiff_ob = __autodiff_b1;
                __autodiff_b1 = __autodiff_ob * 0.9f64;
                __autodiff_s0 = __autodiff_tape.pop();
                let __autodiff_ob = __autodiff_b0;
                __autodiff_b0 = __autodiff_ob;
                __autodiff_b1 += __autodiff_ob * 0.1f64;
                *__autodiff_ref0 = __autodiff_b0;
                *__autodiff_ref1 = __autodiff_b1;
                ()
            },
            __autodiff_b5,
            __autodiff_stop,
            &mut *__autodiff_tape,
            &mut __autodiff_b0,
            &mut __autodiff_b1,
        );
    }
    ::autodiff::__private::outline::outline_in_debug3(
        |mut __autodiff_b0, mut __autodiff_b1, mut __autodiff_tape| {
            let mut __autodiff_i0;
            let mut __autodiff_i1;
            __autodiff_i1 = __autodiff_tape.unspill();
            __autodiff_i0 = __autodiff_tape.unspill();
            (__autodiff_i0 + __autodiff_b0, __autodiff_i1 + __autodiff_b1, ())
        },
        __autodiff_b0,
        __autodiff_b1,
        &mut *__autodiff_tape,
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
fn reassigned__jvp_fwd(
    mut x: f64,
    mut y: f64,
    depth: u32,
    mut __autodiff_d0_x: f64,
    mut __autodiff_d1_y: f64,
    _: (),
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> (f64, f64) {
    ::autodiff::__private::outline::outline_in_debug5(
        |
            mut __autodiff_tape,
            __autodiff_ref0,
            __autodiff_ref1,
            __autodiff_ref2,
            __autodiff_ref3|
        {
            let mut __autodiff_d0_x = *__autodiff_ref0;
            let mut __autodiff_d1_y = *__autodiff_ref1;
            let mut x = *__autodiff_ref2;
            let mut y = *__autodiff_ref3;
            let __autodiff_n22 = (0.1f64 * y);
            let __autodiff_n9 = __autodiff_n22;
            let __autodiff_n23 = (x + __autodiff_n9);
            let __autodiff_n10 = __autodiff_n23;
            let __autodiff_n24 = (0.1f64 * __autodiff_d1_y);
            let __autodiff_n25 = (__autodiff_d0_x + __autodiff_n24);
            __autodiff_tape.push(__autodiff_d0_x);
            __autodiff_d0_x = __autodiff_n25;
            __autodiff_tape.push(x);
            x = __autodiff_n10;
            let __autodiff_n26 = (y * 0.9f64);
            let __autodiff_n11 = __autodiff_n26;
            let __autodiff_n27 = (0.9f64 * __autodiff_d1_y);
            __autodiff_tape.push(__autodiff_d1_y);
            __autodiff_d1_y = __autodiff_n27;
            __autodiff_tape.push(y);
            y = __autodiff_n11;
            *__autodiff_ref0 = __autodiff_d0_x;
            *__autodiff_ref1 = __autodiff_d1_y;
            *__autodiff_ref2 = x;
            *__autodiff_ref3 = y;
            ()
        },
        &mut *__autodiff_tape,
        &mut __autodiff_d0_x,
        &mut __autodiff_d1_y,
        &mut x,
        &mut y,
    );
    if (depth == 0) {
        return ::autodiff::__private::outline::outline5(
            |
                mut __autodiff_d0_x,
                mut __autodiff_d1_y,
                mut __autodiff_tape,
                mut x,
                mut y|
            {
                let mut __autodiff_d3___autodiff_out;
                let mut __autodiff_out;
                let __autodiff_n28 = (x * y);
                let __autodiff_n12 = __autodiff_n28;
                let __autodiff_n29 = (y * __autodiff_d0_x);
                let __autodiff_n30 = (x * __autodiff_d1_y);
                let __autodiff_n31 = (__autodiff_n29 + __autodiff_n30);
                __autodiff_d3___autodiff_out = __autodiff_n31;
                __autodiff_out = __autodiff_n12;
                __autodiff_tape.push_control((1) as usize);
                __autodiff_tape.push_control((9) as usize);
                __autodiff_tape.push(x);
                __autodiff_tape.push(y);
                __autodiff_tape.push(__autodiff_d0_x);
                __autodiff_tape.push(__autodiff_d1_y);
                (__autodiff_out, __autodiff_d3___autodiff_out)
            },
            __autodiff_d0_x,
            __autodiff_d1_y,
            &mut *__autodiff_tape,
            x,
            y,
        );
    } else {
        __autodiff_tape.push_control((0) as usize);
    }
    let mut __autodiff_d5___autodiff_t5: f64;
    let __autodiff_t5;
    (__autodiff_d5___autodiff_t5, __autodiff_t5) = ::autodiff::__private::outline::outline5(
        |mut __autodiff_d0_x, mut __autodiff_d1_y, mut __autodiff_tape, mut x, mut y| {
            let __autodiff_n32 = x.atan();
            let __autodiff_n14 = __autodiff_n32;
            let __autodiff_n33 = (x * x);
            let __autodiff_n34 = (1f64 + __autodiff_n33);
            let __autodiff_n35 = (1f64 / __autodiff_n34);
            let __autodiff_n36 = (__autodiff_n35 * __autodiff_d0_x);
            let mut __autodiff_d5___autodiff_t5: f64 = __autodiff_n36;
            let __autodiff_t5 = __autodiff_n14;
            __autodiff_tape.spill(__autodiff_d0_x);
            __autodiff_tape.spill(__autodiff_d1_y);
            __autodiff_tape.spill(x);
            __autodiff_tape.spill(y);
            (__autodiff_d5___autodiff_t5, __autodiff_t5)
        },
        __autodiff_d0_x,
        __autodiff_d1_y,
        &mut *__autodiff_tape,
        x,
        y,
    );
    ::autodiff::__private::outline::outline2(
        |(mut r, mut __autodiff_d4_r), mut __autodiff_tape| {
            let mut __autodiff_d0_x;
            let mut __autodiff_d1_y;
            let mut __autodiff_d3___autodiff_out;
            let mut __autodiff_out;
            let mut x;
            let mut y;
            y = __autodiff_tape.unspill();
            x = __autodiff_tape.unspill();
            __autodiff_d1_y = __autodiff_tape.unspill();
            __autodiff_d0_x = __autodiff_tape.unspill();
            let __autodiff_n38 = (x * x);
            let __autodiff_n16 = __autodiff_n38;
            let __autodiff_n39 = (r + __autodiff_n16);
            let __autodiff_n17 = __autodiff_n39;
            let __autodiff_n40 = (x + x);
            let __autodiff_n41 = (__autodiff_n40 * __autodiff_d0_x);
            let __autodiff_n42 = (__autodiff_d4_r + __autodiff_n41);
            __autodiff_d4_r = __autodiff_n42;
            r = __autodiff_n17;
            let __autodiff_n43 = (r * 0.5f64);
            let __autodiff_n18 = __autodiff_n43;
            let __autodiff_n44 = (0.5f64 * __autodiff_d4_r);
            __autodiff_d4_r = __autodiff_n44;
            r = __autodiff_n18;
            let __autodiff_n45 = y.exp();
            __autodiff_tape.push(__autodiff_n45);
            let __autodiff_n19 = __autodiff_n45;
            let __autodiff_n46 = (r + __autodiff_n19);
            let __autodiff_n20 = __autodiff_n46;
            let __autodiff_n47 = (__autodiff_n19 * __autodiff_d1_y);
            let __autodiff_n48 = (__autodiff_d4_r + __autodiff_n47);
            __autodiff_d3___autodiff_out = __autodiff_n48;
            __autodiff_out = __autodiff_n20;
            __autodiff_tape.push(__autodiff_n19);
            __autodiff_tape.push_control((25) as usize);
            __autodiff_tape.push(x);
            __autodiff_tape.push(y);
            __autodiff_tape.push(__autodiff_d0_x);
            __autodiff_tape.push(__autodiff_d1_y);
            (__autodiff_out, __autodiff_d3___autodiff_out)
        },
        reassigned__jvp_fwd(
            __autodiff_t5,
            y,
            (depth - 1),
            __autodiff_d5___autodiff_t5,
            __autodiff_d1_y,
            ::core::default::Default::default(),
            __autodiff_tape,
        ),
        &mut *__autodiff_tape,
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
fn reassigned__jvp_bwd_rec(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    mut __autodiff_b3: f64,
    mut __autodiff_b8: f64,
    mut __autodiff_i1: f64,
    _: (),
    mut __autodiff_i7: f64,
    _: (),
) {
    __autodiff_tape.spill(__autodiff_i1);
    __autodiff_tape.spill(__autodiff_i7);
    let mut __autodiff_b0: f64 = -0.0;
    let mut __autodiff_b1: f64 = -0.0;
    let mut __autodiff_b6: f64 = -0.0;
    let mut __autodiff_b7: f64 = -0.0;
    {
        let mut __autodiff_b15: f64 = -0.0;
        let mut __autodiff_b4: f64 = -0.0;
        let mut __autodiff_b5: f64 = -0.0;
        let mut __autodiff_b13: f64 = -0.0;
        let __autodiff_stop;
        __autodiff_stop = ::autodiff::__private::outline::outline_in_debug9(
            |
                mut __autodiff_b0,
                mut __autodiff_b3,
                mut __autodiff_b6,
                mut __autodiff_b8,
                mut __autodiff_tape,
                __autodiff_ref0,
                __autodiff_ref1,
                __autodiff_ref2,
                __autodiff_ref3|
            {
                let mut __autodiff_b1 = *__autodiff_ref0;
                let mut __autodiff_b15 = *__autodiff_ref1;
                let mut __autodiff_b4 = *__autodiff_ref2;
                let mut __autodiff_b7 = *__autodiff_ref3;
                let mut __autodiff_s0;
                let mut __autodiff_s1;
                let mut __autodiff_s6;
                let mut __autodiff_s7;
                __autodiff_s7 = __autodiff_tape.pop();
                __autodiff_s6 = __autodiff_tape.pop();
                __autodiff_s1 = __autodiff_tape.pop();
                __autodiff_s0 = __autodiff_tape.pop();
                let __autodiff_stop = __autodiff_tape.pop_control();
                let mut __autodiff_s19: f64 = 0.0;
                if __autodiff_stop > 21usize {
                    __autodiff_s19 = __autodiff_tape.pop();
                }
                let mut __autodiff_b20: f64 = -0.0;
                if __autodiff_stop >= 24usize {
                    let __autodiff_ob = __autodiff_b3;
                    __autodiff_b3 = -0.0;
                    __autodiff_b20 += __autodiff_ob;
                }
                let mut __autodiff_b19: f64 = -0.0;
                if __autodiff_stop >= 23usize {
                    let __autodiff_ob = __autodiff_b8;
                    __autodiff_b8 = -0.0;
                    __autodiff_b15 += __autodiff_ob;
                    __autodiff_b19 += __autodiff_ob * __autodiff_s7;
                    __autodiff_b7 += __autodiff_ob * __autodiff_s19;
                }
                if __autodiff_stop >= 22usize {
                    let __autodiff_ob = __autodiff_b20;
                    __autodiff_b20 = -0.0;
                    __autodiff_b4 += __autodiff_ob;
                    __autodiff_b19 += __autodiff_ob;
                }
                if __autodiff_stop >= 21usize {
                    let __autodiff_n45: f64 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b19;
                    __autodiff_b19 = -0.0;
                    __autodiff_b1 += __autodiff_ob * __autodiff_n45;
                }
                let mut __autodiff_b18: f64 = -0.0;
                if __autodiff_stop >= 20usize {
                    let __autodiff_ob = __autodiff_b4;
                    __autodiff_b4 = -0.0;
                    __autodiff_b18 += __autodiff_ob;
                }
                if __autodiff_stop >= 19usize {
                    let __autodiff_ob = __autodiff_b15;
                    __autodiff_b15 = __autodiff_ob * 0.5f64;
                }
                if __autodiff_stop >= 18usize {
                    let __autodiff_ob = __autodiff_b18;
                    __autodiff_b18 = -0.0;
                    __autodiff_b4 += __autodiff_ob * 0.5f64;
                }
                let mut __autodiff_b17: f64 = -0.0;
                if __autodiff_stop >= 17usize {
                    let __autodiff_ob = __autodiff_b4;
                    __autodiff_b4 = -0.0;
                    __autodiff_b17 += __autodiff_ob;
                }
                if __autodiff_stop >= 16usize {
                    let __autodiff_n40 = (__autodiff_s0 + __autodiff_s0);
                    let __autodiff_ob = __autodiff_b15;
                    __autodiff_b15 = __autodiff_ob;
                    __autodiff_b6 += __autodiff_ob * __autodiff_n40;
                    __autodiff_b0 += __autodiff_ob * (__autodiff_s6 + __autodiff_s6);
                }
                let mut __autodiff_b16: f64 = -0.0;
                if __autodiff_stop >= 15usize {
                    let __autodiff_ob = __autodiff_b17;
                    __autodiff_b17 = -0.0;
                    __autodiff_b4 += __autodiff_ob;
                    __autodiff_b16 += __autodiff_ob;
                }
                if __autodiff_stop >= 14usize {
                    let __autodiff_ob = __autodiff_b16;
                    __autodiff_b16 = -0.0;
                    __autodiff_b0 += __autodiff_ob * (__autodiff_s0 + __autodiff_s0);
                }
                __autodiff_tape.spill(__autodiff_b0);
                __autodiff_tape.spill(__autodiff_b3);
                __autodiff_tape.spill(__autodiff_b6);
                __autodiff_tape.spill(__autodiff_b8);
                __autodiff_tape.spill(__autodiff_s0);
                __autodiff_tape.spill(__autodiff_s1);
                __autodiff_tape.spill(__autodiff_s6);
                __autodiff_tape.spill(__autodiff_s7);
                *__autodiff_ref0 = __autodiff_b1;
                *__autodiff_ref1 = __autodiff_b15;
                *__autodiff_ref2 = __autodiff_b4;
                *__autodiff_ref3 = __autodiff_b7;
                (__autodiff_stop)
            },
            __autodiff_b0,
            __autodiff_b3,
            __autodiff_b6,
            __autodiff_b8,
            &mut *__autodiff_tape,
            &mut __autodiff_b1,
            &mut __autodiff_b15,
            &mut __autodiff_b4,
            &mut __autodiff_b7,
        );
        if __autodiff_stop >= 13usize {
            reassigned__jvp_bwd_rec(
                __autodiff_tape,
                __autodiff_b4,
                __autodiff_b15,
                __autodiff_b1,
                ::core::default::Default::default(),
                __autodiff_b7,
                ::core::default::Default::default(),
            );
            __autodiff_b7 = __autodiff_tape.unspill();
            __autodiff_b13 = __autodiff_tape.unspill();
            __autodiff_b1 = __autodiff_tape.unspill();
            __autodiff_b5 = __autodiff_tape.unspill();
        }
        ::autodiff::__private::outline::outline6(
            |
                mut __autodiff_b1,
                mut __autodiff_b13,
                mut __autodiff_b5,
                mut __autodiff_b7,
                mut __autodiff_stop,
                mut __autodiff_tape|
            {
                let mut __autodiff_b0;
                let mut __autodiff_b3;
                let mut __autodiff_b6;
                let mut __autodiff_b8;
                let mut __autodiff_s0;
                let mut __autodiff_s1;
                let mut __autodiff_s6;
                let mut __autodiff_s7;
                __autodiff_s7 = __autodiff_tape.unspill();
                __autodiff_s6 = __autodiff_tape.unspill();
                __autodiff_s1 = __autodiff_tape.unspill();
                __autodiff_s0 = __autodiff_tape.unspill();
                __autodiff_b8 = __autodiff_tape.unspill();
                __autodiff_b6 = __autodiff_tape.unspill();
                __autodiff_b3 = __autodiff_tape.unspill();
                __autodiff_b0 = __autodiff_tape.unspill();
                let mut __autodiff_b14: f64 = -0.0;
                if __autodiff_stop >= 12usize {
                    let __autodiff_ob = __autodiff_b5;
                    __autodiff_b5 = -0.0;
                    __autodiff_b14 += __autodiff_ob;
                }
                if __autodiff_stop >= 11usize {
                    let __autodiff_n33 = (__autodiff_s0 * __autodiff_s0);
                    let __autodiff_n34 = (1f64 + __autodiff_n33);
                    let __autodiff_n35 = (1f64 / __autodiff_n34);
                    let __autodiff_a37 = (__autodiff_s6
                        * (-(__autodiff_n35 / __autodiff_n34)));
                    let __autodiff_ob = __autodiff_b13;
                    __autodiff_b13 = -0.0;
                    __autodiff_b6 += __autodiff_ob * __autodiff_n35;
                    __autodiff_b0
                        += __autodiff_ob
                            * ((__autodiff_a37 * __autodiff_s0)
                                + (__autodiff_a37 * __autodiff_s0));
                }
                if __autodiff_stop >= 10usize {
                    let __autodiff_ob = __autodiff_b14;
                    __autodiff_b14 = -0.0;
                    __autodiff_b0
                        += __autodiff_ob
                            * (1.0 / (1.0 + (__autodiff_s0 * __autodiff_s0)));
                }
                if __autodiff_tape.pop_control() != 0 {
                    {
                        let __autodiff_ob = __autodiff_b3;
                        __autodiff_b3 = -0.0;
                        let mut __autodiff_b12: f64 = -0.0;
                        __autodiff_b12 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b8;
                        __autodiff_b8 = -0.0;
                        __autodiff_b0 += __autodiff_ob * __autodiff_s7;
                        __autodiff_b7 += __autodiff_ob * __autodiff_s0;
                        __autodiff_b1 += __autodiff_ob * __autodiff_s6;
                        __autodiff_b6 += __autodiff_ob * __autodiff_s1;
                        let __autodiff_ob = __autodiff_b12;
                        __autodiff_b12 = -0.0;
                        __autodiff_b0 += __autodiff_ob * __autodiff_s1;
                        __autodiff_b1 += __autodiff_ob * __autodiff_s0;
                    }
                } else {
                    {}
                }
                __autodiff_s1 = __autodiff_tape.pop();
                let __autodiff_ob = __autodiff_b1;
                __autodiff_b1 = -0.0;
                let mut __autodiff_b11: f64 = -0.0;
                __autodiff_b11 += __autodiff_ob;
                __autodiff_s7 = __autodiff_tape.pop();
                let __autodiff_ob = __autodiff_b7;
                __autodiff_b7 = __autodiff_ob * 0.9f64;
                let __autodiff_ob = __autodiff_b11;
                __autodiff_b1 += __autodiff_ob * 0.9f64;
                __autodiff_s0 = __autodiff_tape.pop();
                let __autodiff_ob = __autodiff_b0;
                __autodiff_b0 = -0.0;
                let mut __autodiff_b10: f64 = -0.0;
                __autodiff_b10 += __autodiff_ob;
                __autodiff_s6 = __autodiff_tape.pop();
                let __autodiff_ob = __autodiff_b6;
                __autodiff_b6 = __autodiff_ob;
                __autodiff_b7 += __autodiff_ob * 0.1f64;
                let __autodiff_ob = __autodiff_b10;
                __autodiff_b0 += __autodiff_ob;
                let mut __autodiff_b9: f64 = -0.0;
                __autodiff_b9 += __autodiff_ob;
                let __autodiff_ob = __autodiff_b9;
                __autodiff_b1 += __autodiff_ob * 0.1f64;
                __autodiff_tape.spill(__autodiff_b0);
                __autodiff_tape.spill(__autodiff_b1);
                __autodiff_tape.spill(__autodiff_b6);
                __autodiff_tape.spill(__autodiff_b7);
                ()
            },
            __autodiff_b1,
            __autodiff_b13,
            __autodiff_b5,
            __autodiff_b7,
            __autodiff_stop,
            &mut *__autodiff_tape,
        );
        __autodiff_b7 = __autodiff_tape.unspill();
        __autodiff_b6 = __autodiff_tape.unspill();
        __autodiff_b1 = __autodiff_tape.unspill();
        __autodiff_b0 = __autodiff_tape.unspill();
    }
    __autodiff_i7 = __autodiff_tape.unspill();
    __autodiff_i1 = __autodiff_tape.unspill();
    __autodiff_tape.spill(__autodiff_b0);
    __autodiff_tape.spill(__autodiff_i1 + __autodiff_b1);
    __autodiff_tape.spill(__autodiff_b6);
    __autodiff_tape.spill(__autodiff_i7 + __autodiff_b7);
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
fn reassigned__jvp_bwd(
    __autodiff_a0: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_a1: f64,
    __autodiff_a2: f64,
    __autodiff_a3: f64,
    __autodiff_a4: f64,
    __autodiff_a5: (),
    __autodiff_a6: f64,
    __autodiff_a7: f64,
    __autodiff_a8: (),
) -> (f64, f64, (), f64, f64, ()) {
    reassigned__jvp_bwd_rec(
        __autodiff_a0,
        __autodiff_a1,
        __autodiff_a2,
        __autodiff_a4,
        __autodiff_a5,
        __autodiff_a7,
        __autodiff_a8,
    );
    let __autodiff_r4 = __autodiff_a0.unspill();
    let __autodiff_r3 = __autodiff_a0.unspill();
    let __autodiff_r1 = __autodiff_a0.unspill();
    let __autodiff_r0 = __autodiff_a0.unspill();
    (
        __autodiff_a3 + __autodiff_r0,
        __autodiff_r1,
        (),
        __autodiff_a6 + __autodiff_r3,
        __autodiff_r4,
        (),
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
#[inline]
fn reassigned__trace(
    mut x: f64,
    mut y: f64,
    depth: u32,
    mut __autodiff_o0: ::autodiff::__private::Operand,
    mut __autodiff_o1: ::autodiff::__private::Operand,
    _: (),
    __autodiff_rec: &mut ::autodiff::__private::Recorder,
) -> (f64, ::autodiff::__private::Operand) {
    let mut __autodiff_out: f64;
    let mut __autodiff_o3: ::autodiff::__private::Operand;
    __autodiff_o3 = ::autodiff::__private::outline::outline2(
        |mut x, mut y| {
            __autodiff_o0 = __autodiff_o0.or_const((x as f64));
            __autodiff_o1 = __autodiff_o1.or_const((y as f64));
            let mut __autodiff_o3: ::autodiff::__private::Operand = ::core::default::Default::default();
            (__autodiff_o3)
        },
        x,
        y,
    );
    (x, y) = ::autodiff::__private::outline::outline3(
        |mut __autodiff_rec, mut x, mut y| {
            let __autodiff_n9 = (0.1f64 * y);
            let __autodiff_n10 = (x + __autodiff_n9);
            let __autodiff_o9 = __autodiff_rec
                .op(
                    "*",
                    &[
                        ::autodiff::__private::Operand::Const((0.1f64) as f64),
                        __autodiff_o1,
                    ],
                    (__autodiff_n9) as f64,
                    &[(y) as f64, (0.1f64) as f64],
                );
            let __autodiff_o10 = __autodiff_rec
                .op(
                    "+",
                    &[__autodiff_o0, __autodiff_o9],
                    (__autodiff_n10) as f64,
                    &[(1.0) as f64, (1.0) as f64],
                );
            __autodiff_o0 = __autodiff_o10;
            x = __autodiff_n10;
            let __autodiff_n13 = (y * 0.9f64);
            let __autodiff_o13 = __autodiff_rec
                .op(
                    "*",
                    &[
                        __autodiff_o1,
                        ::autodiff::__private::Operand::Const((0.9f64) as f64),
                    ],
                    (__autodiff_n13) as f64,
                    &[(0.9f64) as f64, (y) as f64],
                );
            __autodiff_o1 = __autodiff_o13;
            y = __autodiff_n13;
            (x, y)
        },
        &mut *__autodiff_rec,
        x,
        y,
    );
    if (depth == 0) {
        (__autodiff_o3, __autodiff_out) = ::autodiff::__private::outline::outline3(
            |mut __autodiff_rec, mut x, mut y| {
                let mut __autodiff_o3;
                let mut __autodiff_out;
                let __autodiff_n15 = (x * y);
                let __autodiff_o15 = __autodiff_rec
                    .op(
                        "*",
                        &[__autodiff_o0, __autodiff_o1],
                        (__autodiff_n15) as f64,
                        &[(y) as f64, (x) as f64],
                    );
                __autodiff_o3 = __autodiff_o15;
                __autodiff_out = __autodiff_n15;
                (__autodiff_o3, __autodiff_out)
            },
            &mut *__autodiff_rec,
            x,
            y,
        );
        return (__autodiff_out, __autodiff_o3);
    }
    let mut __autodiff_o5: ::autodiff::__private::Operand;
    let __autodiff_t5;
    (__autodiff_o5, __autodiff_t5) = ::autodiff::__private::outline::outline2(
        |mut __autodiff_rec, mut x| {
            let __autodiff_n18 = x.atan();
            let __autodiff_o18 = __autodiff_rec
                .op(
                    "atan",
                    &[__autodiff_o0],
                    (__autodiff_n18) as f64,
                    &[((1.0 / (1.0 + (x * x)))) as f64],
                );
            let mut __autodiff_o5: ::autodiff::__private::Operand = __autodiff_o18;
            let __autodiff_t5 = __autodiff_n18;
            (__autodiff_o5, __autodiff_t5)
        },
        &mut *__autodiff_rec,
        x,
    );
    let (__autodiff_v21, __autodiff_ov22) = reassigned__trace(
        __autodiff_t5,
        y,
        (depth - 1),
        __autodiff_o5,
        __autodiff_o1,
        ::core::default::Default::default(),
        __autodiff_rec,
    );
    (__autodiff_o3, __autodiff_out) = ::autodiff::__private::outline::outline4(
        |mut __autodiff_rec, mut __autodiff_v21, mut x, mut y| {
            let mut __autodiff_o3;
            let mut __autodiff_out;
            let mut __autodiff_o4: ::autodiff::__private::Operand = __autodiff_ov22;
            let mut r: f64 = __autodiff_v21;
            let __autodiff_n23 = (x * x);
            let __autodiff_n24 = (r + __autodiff_n23);
            let __autodiff_o23 = __autodiff_rec
                .op(
                    "*",
                    &[__autodiff_o0, __autodiff_o0],
                    (__autodiff_n23) as f64,
                    &[(x) as f64, (x) as f64],
                );
            let __autodiff_o24 = __autodiff_rec
                .op(
                    "+",
                    &[__autodiff_o4, __autodiff_o23],
                    (__autodiff_n24) as f64,
                    &[(1.0) as f64, (1.0) as f64],
                );
            __autodiff_o4 = __autodiff_o24;
            r = __autodiff_n24;
            let __autodiff_n27 = (r * 0.5f64);
            let __autodiff_o27 = __autodiff_rec
                .op(
                    "*",
                    &[
                        __autodiff_o4,
                        ::autodiff::__private::Operand::Const((0.5f64) as f64),
                    ],
                    (__autodiff_n27) as f64,
                    &[(0.5f64) as f64, (r) as f64],
                );
            __autodiff_o4 = __autodiff_o27;
            r = __autodiff_n27;
            let __autodiff_n29 = y.exp();
            let __autodiff_n30 = (r + __autodiff_n29);
            let __autodiff_o29 = __autodiff_rec
                .op(
                    "exp",
                    &[__autodiff_o1],
                    (__autodiff_n29) as f64,
                    &[(__autodiff_n29) as f64],
                );
            let __autodiff_o30 = __autodiff_rec
                .op(
                    "+",
                    &[__autodiff_o4, __autodiff_o29],
                    (__autodiff_n30) as f64,
                    &[(1.0) as f64, (1.0) as f64],
                );
            __autodiff_o3 = __autodiff_o30;
            __autodiff_out = __autodiff_n30;
            (__autodiff_o3, __autodiff_out)
        },
        &mut *__autodiff_rec,
        __autodiff_v21,
        x,
        y,
    );
    (__autodiff_out, __autodiff_o3)
}
///Forward mode of `reassigned` (generated by `#[differentiate]`): returns the value and the directional derivative along one tangent per differentiated parameter. Panics if a tangent's length differs from its vector's.
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
fn reassigned_jvp(mut x: f64, mut y: f64, depth: u32, dx: f64, dy: f64) -> (f64, f64) {
    let _ = reassigned;
    reassigned__jvp(x, y, depth, dx, dy, ())
}
///Reverse mode of `reassigned` (generated by `#[differentiate]`): returns the value and `seed` times the partial derivative with respect to each differentiated parameter, in order (an owned vector for a vector parameter).
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
fn reassigned_vjp(mut x: f64, mut y: f64, depth: u32, seed: f64) -> (f64, f64, f64) {
    let _ = reassigned;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = reassigned__fwd(x, y, depth, __autodiff_tape);
        let __autodiff_adjoints = reassigned__bwd(__autodiff_tape, seed, -0.0, -0.0, ());
        (__autodiff_value, __autodiff_adjoints)
    });
    (__autodiff_value, __autodiff_adjoints.0 + 0.0, __autodiff_adjoints.1 + 0.0)
}
///Gradient of `reassigned` (generated by `#[differentiate]`): the value and the partial derivative with respect to each differentiated parameter, in order.
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
fn reassigned_grad(mut x: f64, mut y: f64, depth: u32) -> (f64, f64, f64) {
    let _ = reassigned;
    reassigned_vjp(x, y, depth, 1.0)
}
///Reverse mode of `reassigned` into caller-owned buffers (generated by `#[differentiate]`): adds `seed` times each partial derivative into the `g_` argument of its parameter and returns the value. No allocation: the form for hot loops. Panics if a buffer's length differs from its vector's.
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
fn reassigned_vjp_into(
    mut x: f64,
    mut y: f64,
    depth: u32,
    seed: f64,
    g_x: &mut f64,
    g_y: &mut f64,
) -> f64 {
    let _ = reassigned;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = reassigned__fwd(x, y, depth, __autodiff_tape);
        let __autodiff_adjoints = reassigned__bwd(__autodiff_tape, seed, -0.0, -0.0, ());
        (__autodiff_value, __autodiff_adjoints)
    });
    *g_x += __autodiff_adjoints.0;
    *g_y += __autodiff_adjoints.1;
    __autodiff_value
}
///Gradient of `reassigned` into caller-owned buffers (generated by `#[differentiate]`): adds each partial derivative into the `g_` argument of its parameter and returns the value.
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
fn reassigned_grad_into(
    mut x: f64,
    mut y: f64,
    depth: u32,
    g_x: &mut f64,
    g_y: &mut f64,
) -> f64 {
    let _ = reassigned;
    reassigned_vjp_into(x, y, depth, 1.0, g_x, g_y)
}
///Hessian-vector product of `reassigned` (generated by `#[differentiate]`): the value, the gradient, and the Hessian times the direction given by one `v_` argument per differentiated parameter (reverse mode over forward mode, exact to rounding). Panics if a direction's length differs from its vector's.
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
fn reassigned_hvp(
    mut x: f64,
    mut y: f64,
    depth: u32,
    v_x: f64,
    v_y: f64,
) -> (f64, f64, f64, f64, f64) {
    let _ = reassigned;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = reassigned__jvp_fwd(
            x,
            y,
            depth,
            v_x,
            v_y,
            (),
            __autodiff_tape,
        );
        let __autodiff_adjoints = reassigned__jvp_bwd(
            __autodiff_tape,
            0.0,
            1.0,
            -0.0,
            -0.0,
            (),
            -0.0,
            -0.0,
            (),
        );
        (__autodiff_value, __autodiff_adjoints)
    });
    (
        __autodiff_value,
        __autodiff_adjoints.3 + 0.0,
        __autodiff_adjoints.4 + 0.0,
        __autodiff_adjoints.0 + 0.0,
        __autodiff_adjoints.1 + 0.0,
    )
}
///Hessian-vector product of `reassigned` into caller-owned buffers (generated by `#[differentiate]`): adds the gradient into the `g_` argument and the Hessian times the direction (the `v_` arguments) into the `h_` argument of each differentiated parameter, and returns the value. No allocation: the form for hot loops (an inner solve's conjugate gradient). Panics if a direction's or a buffer's length differs from its vector's.
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
fn reassigned_hvp_into(
    mut x: f64,
    mut y: f64,
    depth: u32,
    v_x: f64,
    v_y: f64,
    g_x: &mut f64,
    g_y: &mut f64,
    h_x: &mut f64,
    h_y: &mut f64,
) -> f64 {
    let _ = reassigned;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = reassigned__jvp_fwd(
            x,
            y,
            depth,
            v_x,
            v_y,
            (),
            __autodiff_tape,
        );
        let __autodiff_adjoints = reassigned__jvp_bwd(
            __autodiff_tape,
            0.0,
            1.0,
            -0.0,
            -0.0,
            (),
            -0.0,
            -0.0,
            (),
        );
        (__autodiff_value, __autodiff_adjoints)
    });
    *g_x += __autodiff_adjoints.3;
    *h_x += __autodiff_adjoints.0;
    *g_y += __autodiff_adjoints.4;
    *h_y += __autodiff_adjoints.1;
    __autodiff_value
}
///Hessian of `reassigned` (generated by `#[differentiate]`) over the differentiated parameters in order (a vector's entries one after the other), one Hessian-vector product per column.
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
fn reassigned_hessian(
    mut x: f64,
    mut y: f64,
    depth: u32,
) -> ::autodiff::__private::nalgebra::DMatrix<f64> {
    let _ = reassigned;
    let mut __autodiff_size: usize = 0;
    let __autodiff_o_x = __autodiff_size;
    __autodiff_size += 1;
    let __autodiff_o_y = __autodiff_size;
    __autodiff_size += 1;
    let mut __autodiff_hessian = ::autodiff::__private::nalgebra::DMatrix::<
        f64,
    >::zeros(__autodiff_size, __autodiff_size);
    for __autodiff_column in 0..__autodiff_size {
        let __autodiff_result = reassigned_hvp(
            ::core::clone::Clone::clone(&x),
            ::core::clone::Clone::clone(&y),
            ::core::clone::Clone::clone(&depth),
            if __autodiff_column == __autodiff_o_x { 1.0 } else { 0.0 },
            if __autodiff_column == __autodiff_o_y { 1.0 } else { 0.0 },
        );
        __autodiff_hessian[(__autodiff_o_x, __autodiff_column)] = __autodiff_result.3;
        __autodiff_hessian[(__autodiff_o_y, __autodiff_column)] = __autodiff_result.4;
    }
    __autodiff_hessian
}
///Evaluation trace of one call of `reassigned` (generated by `#[differentiate]`): every elementary operation with its value, tangents and adjoint; `Display` prints Baydin et al.'s tables.
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
fn reassigned_trace(mut x: f64, mut y: f64, depth: u32) -> ::autodiff::__private::Trace {
    let _ = reassigned;
    let mut __autodiff_rec = ::autodiff::__private::Recorder::new();
    let __autodiff_o0 = __autodiff_rec.input("x", x as f64);
    let __autodiff_o1 = __autodiff_rec.input("y", y as f64);
    let (__autodiff_value, __autodiff_output) = reassigned__trace(
        x,
        y,
        depth,
        __autodiff_o0,
        __autodiff_o1,
        (),
        &mut __autodiff_rec,
    );
    __autodiff_rec.name_output("reassigned");
    __autodiff_rec.finish(__autodiff_value as f64, __autodiff_output)
}
