fn tree(x: f64, y: f64, depth: u32) -> f64 {
    if depth == 0 {
        return x.sin() * y;
    }
    let mut s = 0.0;
    for k in 0..2 {
        let w = 0.5 + 0.25 * k as f64;
        let shifted = x * w + 0.1 * y;
        s += w * tree(shifted, y.cos(), depth - 1);
    }
    s + 0.1 * x * y
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
fn tree__jvp(
    x: f64,
    y: f64,
    depth: u32,
    mut __autodiff_d0_x: f64,
    mut __autodiff_d1_y: f64,
    _: (),
) -> (f64, f64) {
    if (depth == 0) {
        return ::autodiff::__private::outline::outline4(
            |mut __autodiff_d0_x, mut __autodiff_d1_y, mut x, mut y| {
                let mut __autodiff_d3___autodiff_out;
                let mut __autodiff_out;
                let __autodiff_n13 = x.sin();
                let __autodiff_n14 = (__autodiff_n13 * y);
                __autodiff_d3___autodiff_out = ::autodiff::__private::Barrier::opaque(
                    ((__autodiff_n13 * __autodiff_d1_y)
                        + ((y * x.cos()) * __autodiff_d0_x)),
                );
                __autodiff_out = ::autodiff::__private::Barrier::opaque(__autodiff_n14);
                (__autodiff_out, __autodiff_d3___autodiff_out)
            },
            __autodiff_d0_x,
            __autodiff_d1_y,
            x,
            y,
        );
    }
    let mut __autodiff_d4_s: f64 = 0.0;
    let mut s: f64 = 0.0;
    for k in (0..2) {
        let w;
        w = ::autodiff::__private::outline::outline_in_debug0(|| {
            let w = (0.5 + (0.25 * (k as f64)));
            (w)
        });
        let mut __autodiff_d7_shifted: f64;
        let shifted: f64;
        (__autodiff_d7_shifted, shifted) = ::autodiff::__private::outline::outline_in_debug5(
            |mut __autodiff_d0_x, mut __autodiff_d1_y, mut w, mut x, mut y| {
                let __autodiff_n17 = (x
                    * <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(w));
                let __autodiff_n18 = (0.1f64 * y);
                let __autodiff_n19 = (__autodiff_n17 + __autodiff_n18);
                let mut __autodiff_d7_shifted: f64 = ((0.1f64 * __autodiff_d1_y)
                    + (<f64 as ::autodiff::__private::FromPassive<_>>::from_passive(w)
                        * __autodiff_d0_x));
                let shifted: f64 = __autodiff_n19;
                (__autodiff_d7_shifted, shifted)
            },
            __autodiff_d0_x,
            __autodiff_d1_y,
            w,
            x,
            y,
        );
        let mut __autodiff_d8___autodiff_t8: f64;
        let __autodiff_t8;
        (__autodiff_d8___autodiff_t8, __autodiff_t8) = ::autodiff::__private::outline::outline2(
            |mut __autodiff_d1_y, mut y| {
                let __autodiff_n21 = y.cos();
                let mut __autodiff_d8___autodiff_t8: f64 = ((-y.sin())
                    * __autodiff_d1_y);
                let __autodiff_t8 = __autodiff_n21;
                (__autodiff_d8___autodiff_t8, __autodiff_t8)
            },
            __autodiff_d1_y,
            y,
        );
        (__autodiff_d4_s, s) = ::autodiff::__private::outline::outline4(
            |
                (mut __autodiff_t9, mut __autodiff_d9___autodiff_t9),
                mut __autodiff_d4_s,
                mut s,
                mut w|
            {
                let __autodiff_n23 = (<f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(w) * __autodiff_t9);
                let __autodiff_n24 = (s + __autodiff_n23);
                __autodiff_d4_s = ::autodiff::__private::Barrier::opaque(
                    (__autodiff_d4_s
                        + (<f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(w) * __autodiff_d9___autodiff_t9)),
                );
                s = __autodiff_n24;
                (__autodiff_d4_s, s)
            },
            tree__jvp(
                shifted,
                __autodiff_t8,
                (depth - 1),
                __autodiff_d7_shifted,
                __autodiff_d8___autodiff_t8,
                ::core::default::Default::default(),
            ),
            __autodiff_d4_s,
            s,
            w,
        );
    }
    ::autodiff::__private::outline::outline6(
        |
            mut __autodiff_d0_x,
            mut __autodiff_d1_y,
            mut __autodiff_d4_s,
            mut s,
            mut x,
            mut y|
        {
            let mut __autodiff_d3___autodiff_out;
            let mut __autodiff_out;
            let __autodiff_n25 = (0.1f64 * x);
            let __autodiff_n26 = (__autodiff_n25 * y);
            let __autodiff_n27 = (s + __autodiff_n26);
            __autodiff_d3___autodiff_out = ::autodiff::__private::Barrier::opaque(
                ((__autodiff_d4_s + (__autodiff_n25 * __autodiff_d1_y))
                    + ((y * 0.1f64) * __autodiff_d0_x)),
            );
            __autodiff_out = ::autodiff::__private::Barrier::opaque(__autodiff_n27);
            (__autodiff_out, __autodiff_d3___autodiff_out)
        },
        __autodiff_d0_x,
        __autodiff_d1_y,
        __autodiff_d4_s,
        s,
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
fn tree__fwd(
    mut x: f64,
    mut y: f64,
    depth: u32,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> f64 {
    if (depth == 0) {
        return ::autodiff::__private::outline::outline3(
            |mut __autodiff_tape, mut x, mut y| {
                let mut __autodiff_out;
                let __autodiff_n10 = x.sin();
                let __autodiff_n11 = (__autodiff_n10 * y);
                __autodiff_tape.push(__autodiff_n10);
                __autodiff_out = __autodiff_n11;
                __autodiff_tape.push_control((1) as usize);
                __autodiff_tape.push_control((1) as usize);
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
    __autodiff_tape.spill(x);
    __autodiff_tape.spill(y);
    let mut s: f64 = 0.0;
    let mut __autodiff_count0: usize = 0;
    for k in (0..2) {
        let w;
        let shifted: f64;
        let __autodiff_t8;
        (__autodiff_count0, w, __autodiff_t8) = ::autodiff::__private::outline::outline5(
            |mut __autodiff_count0, mut __autodiff_tape, mut s, mut x, mut y| {
                __autodiff_count0 = (__autodiff_count0 + 1);
                let w = (0.5 + (0.25 * (k as f64)));
                let __autodiff_n12 = (x
                    * <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(w));
                let __autodiff_n13 = (0.1f64 * y);
                let __autodiff_n14 = (__autodiff_n12 + __autodiff_n13);
                let shifted: f64 = __autodiff_n14;
                let __autodiff_n15 = y.cos();
                let __autodiff_t8 = __autodiff_n15;
                __autodiff_tape.spill(s);
                __autodiff_tape.spill(x);
                __autodiff_tape.spill(y);
                __autodiff_tape.spill(shifted);
                (__autodiff_count0, w, __autodiff_t8)
            },
            __autodiff_count0,
            &mut *__autodiff_tape,
            s,
            x,
            y,
        );
        shifted = __autodiff_tape.unspill();
        ::autodiff::__private::outline::outline3(
            |mut __autodiff_t9, mut __autodiff_tape, mut w| {
                let mut s;
                let mut x;
                let mut y;
                y = __autodiff_tape.unspill();
                x = __autodiff_tape.unspill();
                s = __autodiff_tape.unspill();
                let __autodiff_n16 = (<f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(w) * __autodiff_t9);
                let __autodiff_n17 = (s + __autodiff_n16);
                s = __autodiff_n17;
                __autodiff_tape
                    .push(
                        <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(w),
                    );
                __autodiff_tape.spill(s);
                __autodiff_tape.spill(x);
                __autodiff_tape.spill(y);
                ()
            },
            tree__fwd(shifted, __autodiff_t8, (depth - 1), __autodiff_tape),
            &mut *__autodiff_tape,
            w,
        );
        y = __autodiff_tape.unspill();
        x = __autodiff_tape.unspill();
        s = __autodiff_tape.unspill();
    }
    ::autodiff::__private::outline::outline3(
        |mut __autodiff_count0, mut __autodiff_tape, mut s| {
            let mut __autodiff_out;
            let mut x;
            let mut y;
            y = __autodiff_tape.unspill();
            x = __autodiff_tape.unspill();
            __autodiff_tape.push_control((__autodiff_count0) as usize);
            let __autodiff_n18 = (0.1f64 * x);
            let __autodiff_n19 = (__autodiff_n18 * y);
            let __autodiff_n20 = (s + __autodiff_n19);
            __autodiff_out = __autodiff_n20;
            __autodiff_tape.push_control((5) as usize);
            __autodiff_tape.push(x);
            __autodiff_tape.push(y);
            __autodiff_out
        },
        __autodiff_count0,
        &mut *__autodiff_tape,
        s,
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
fn tree__bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    mut __autodiff_b3: f64,
    mut __autodiff_b0: f64,
    mut __autodiff_b1: f64,
    _: (),
) -> (f64, f64, ()) {
    {
        let mut __autodiff_s1: f64 = 0.0;
        let mut __autodiff_b4: f64 = -0.0;
        let __autodiff_stop;
        __autodiff_stop = ::autodiff::__private::outline::outline_in_debug6(
            |
                mut __autodiff_b3,
                mut __autodiff_tape,
                __autodiff_ref0,
                __autodiff_ref1,
                __autodiff_ref2,
                __autodiff_ref3|
            {
                let mut __autodiff_b0 = *__autodiff_ref0;
                let mut __autodiff_b1 = *__autodiff_ref1;
                let mut __autodiff_b4 = *__autodiff_ref2;
                let mut __autodiff_s0;
                let mut __autodiff_s1;
                __autodiff_s1 = __autodiff_tape.pop();
                __autodiff_s0 = __autodiff_tape.pop();
                let __autodiff_stop = __autodiff_tape.pop_control();
                if __autodiff_stop >= 4usize {
                    let __autodiff_n18 = (0.1f64 * __autodiff_s0);
                    let __autodiff_ob = __autodiff_b3;
                    __autodiff_b3 = -0.0;
                    __autodiff_b4 += __autodiff_ob;
                    __autodiff_b1 += __autodiff_ob * __autodiff_n18;
                    __autodiff_b0 += __autodiff_ob * (__autodiff_s1 * 0.1f64);
                }
                __autodiff_tape.spill(__autodiff_b3);
                __autodiff_tape.spill(__autodiff_s0);
                __autodiff_tape.spill(__autodiff_s1);
                *__autodiff_ref0 = __autodiff_b0;
                *__autodiff_ref1 = __autodiff_b1;
                *__autodiff_ref2 = __autodiff_b4;
                *__autodiff_ref3 = __autodiff_s1;
                (__autodiff_stop)
            },
            __autodiff_b3,
            &mut *__autodiff_tape,
            &mut __autodiff_b0,
            &mut __autodiff_b1,
            &mut __autodiff_b4,
            &mut __autodiff_s1,
        );
        if __autodiff_stop >= 3usize {
            let mut __autodiff_trips0: usize;
            __autodiff_trips0 = ::autodiff::__private::outline::outline_in_debug1(
                |mut __autodiff_tape| {
                    let mut __autodiff_trips0: usize = __autodiff_tape.pop_control();
                    (__autodiff_trips0)
                },
                &mut *__autodiff_tape,
            );
            while ::autodiff::__private::next_trip(&mut __autodiff_trips0) {
                __autodiff_tape.spill(__autodiff_s1);
                {
                    let mut __autodiff_b7: f64 = -0.0;
                    let mut __autodiff_b8: f64 = -0.0;
                    let __autodiff_ob;
                    __autodiff_ob = ::autodiff::__private::outline::outline_in_debug5(
                        |
                            mut __autodiff_b0,
                            mut __autodiff_b1,
                            mut __autodiff_b4,
                            mut __autodiff_s1,
                            mut __autodiff_tape|
                        {
                            let mut __autodiff_s6;
                            __autodiff_s6 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b4;
                            __autodiff_b4 = __autodiff_ob;
                            let mut __autodiff_b9: f64 = -0.0;
                            __autodiff_b9
                                += __autodiff_ob
                                    * <f64 as ::autodiff::__private::FromPassive<
                                        _,
                                    >>::from_passive(__autodiff_s6);
                            let __autodiff_ob = __autodiff_b9;
                            __autodiff_tape.spill(__autodiff_b0);
                            __autodiff_tape.spill(__autodiff_b1);
                            __autodiff_tape.spill(__autodiff_b4);
                            __autodiff_tape.spill(__autodiff_s1);
                            __autodiff_tape.spill(__autodiff_s6);
                            (__autodiff_ob)
                        },
                        __autodiff_b0,
                        __autodiff_b1,
                        __autodiff_b4,
                        __autodiff_s1,
                        &mut *__autodiff_tape,
                    );
                    (__autodiff_b7, __autodiff_b8, _) = tree__bwd(
                        __autodiff_tape,
                        __autodiff_ob,
                        __autodiff_b7,
                        __autodiff_b8,
                        ::core::default::Default::default(),
                    );
                    ::autodiff::__private::outline::outline3(
                        |mut __autodiff_b7, mut __autodiff_b8, mut __autodiff_tape| {
                            let mut __autodiff_b0;
                            let mut __autodiff_b1;
                            let mut __autodiff_b4;
                            let mut __autodiff_s1;
                            let mut __autodiff_s6;
                            __autodiff_s6 = __autodiff_tape.unspill();
                            __autodiff_s1 = __autodiff_tape.unspill();
                            __autodiff_b4 = __autodiff_tape.unspill();
                            __autodiff_b1 = __autodiff_tape.unspill();
                            __autodiff_b0 = __autodiff_tape.unspill();
                            let __autodiff_ob = __autodiff_b8;
                            __autodiff_b1 += __autodiff_ob * (-__autodiff_s1.sin());
                            let __autodiff_ob = __autodiff_b7;
                            __autodiff_b1 += __autodiff_ob * 0.1f64;
                            __autodiff_b0
                                += __autodiff_ob
                                    * <f64 as ::autodiff::__private::FromPassive<
                                        _,
                                    >>::from_passive(__autodiff_s6);
                            __autodiff_tape.spill(__autodiff_b0);
                            __autodiff_tape.spill(__autodiff_b1);
                            __autodiff_tape.spill(__autodiff_b4);
                            ()
                        },
                        __autodiff_b7,
                        __autodiff_b8,
                        &mut *__autodiff_tape,
                    );
                    __autodiff_b4 = __autodiff_tape.unspill();
                    __autodiff_b1 = __autodiff_tape.unspill();
                    __autodiff_b0 = __autodiff_tape.unspill();
                }
                __autodiff_s1 = __autodiff_tape.unspill();
            }
        }
        (__autodiff_b0, __autodiff_b1) = ::autodiff::__private::outline::outline5(
            |
                mut __autodiff_b0,
                mut __autodiff_b1,
                mut __autodiff_b4,
                mut __autodiff_stop,
                mut __autodiff_tape|
            {
                let mut __autodiff_b3;
                let mut __autodiff_s0;
                let mut __autodiff_s1;
                __autodiff_s1 = __autodiff_tape.unspill();
                __autodiff_s0 = __autodiff_tape.unspill();
                __autodiff_b3 = __autodiff_tape.unspill();
                if __autodiff_stop >= 2usize {
                    __autodiff_b4 = -0.0;
                }
                if __autodiff_tape.pop_control() != 0 {
                    {
                        let __autodiff_n10: f64 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b3;
                        __autodiff_b3 = -0.0;
                        __autodiff_b1 += __autodiff_ob * __autodiff_n10;
                        __autodiff_b0
                            += __autodiff_ob * (__autodiff_s1 * __autodiff_s0.cos());
                    }
                } else {
                    {}
                }
                (__autodiff_b0, __autodiff_b1)
            },
            __autodiff_b0,
            __autodiff_b1,
            __autodiff_b4,
            __autodiff_stop,
            &mut *__autodiff_tape,
        );
    }
    (__autodiff_b0, __autodiff_b1, ())
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
fn tree__jvp_fwd(
    mut x: f64,
    mut y: f64,
    depth: u32,
    mut __autodiff_d0_x: f64,
    mut __autodiff_d1_y: f64,
    _: (),
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> (f64, f64) {
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
                let __autodiff_n29 = x.sin();
                let __autodiff_n13 = __autodiff_n29;
                let __autodiff_n30 = (__autodiff_n13 * y);
                let __autodiff_n14 = __autodiff_n30;
                let __autodiff_n31 = (__autodiff_n13 * __autodiff_d1_y);
                let __autodiff_n32 = x.cos();
                let __autodiff_n33 = (y * __autodiff_n32);
                let __autodiff_n34 = (__autodiff_n33 * __autodiff_d0_x);
                let __autodiff_n35 = (__autodiff_n31 + __autodiff_n34);
                __autodiff_tape.push(__autodiff_n32);
                __autodiff_d3___autodiff_out = __autodiff_n35;
                __autodiff_out = __autodiff_n14;
                __autodiff_tape.push(__autodiff_n13);
                __autodiff_tape.push_control((1) as usize);
                __autodiff_tape.push_control((2) as usize);
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
    __autodiff_tape.spill(__autodiff_d0_x);
    __autodiff_tape.spill(__autodiff_d1_y);
    __autodiff_tape.spill(x);
    __autodiff_tape.spill(y);
    let mut __autodiff_d4_s: f64 = 0.0;
    let mut s: f64 = 0.0;
    let mut __autodiff_count0: usize = 0;
    for k in (0..2) {
        let w;
        let mut __autodiff_d7_shifted: f64;
        let shifted: f64;
        let mut __autodiff_d8___autodiff_t8: f64;
        let __autodiff_t8;
        (__autodiff_count0, w, __autodiff_t8) = ::autodiff::__private::outline::outline8(
            |
                mut __autodiff_count0,
                mut __autodiff_d0_x,
                mut __autodiff_d1_y,
                mut __autodiff_d4_s,
                mut __autodiff_tape,
                mut s,
                mut x,
                mut y|
            {
                __autodiff_count0 = (__autodiff_count0 + 1);
                let w = (0.5 + (0.25 * (k as f64)));
                let __autodiff_p36 = <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(
                    <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(w),
                );
                let __autodiff_n37 = (x * __autodiff_p36);
                __autodiff_tape.push(__autodiff_p36);
                let __autodiff_n17 = __autodiff_n37;
                let __autodiff_n38 = (0.1f64 * y);
                let __autodiff_n18 = __autodiff_n38;
                let __autodiff_n39 = (__autodiff_n17 + __autodiff_n18);
                let __autodiff_n19 = __autodiff_n39;
                let __autodiff_p41 = <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(
                    <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(w),
                );
                let __autodiff_n40 = (0.1f64 * __autodiff_d1_y);
                let __autodiff_n42 = (__autodiff_p41 * __autodiff_d0_x);
                let __autodiff_n43 = (__autodiff_n40 + __autodiff_n42);
                __autodiff_tape.push(__autodiff_p41);
                let mut __autodiff_d7_shifted: f64 = __autodiff_n43;
                let shifted: f64 = __autodiff_n19;
                let __autodiff_n44 = y.cos();
                let __autodiff_n21 = __autodiff_n44;
                let __autodiff_n45 = y.sin();
                let __autodiff_n46 = (-__autodiff_n45);
                let __autodiff_n47 = (__autodiff_n46 * __autodiff_d1_y);
                __autodiff_tape.push(__autodiff_n45);
                let mut __autodiff_d8___autodiff_t8: f64 = __autodiff_n47;
                let __autodiff_t8 = __autodiff_n21;
                __autodiff_tape.spill(__autodiff_d0_x);
                __autodiff_tape.spill(__autodiff_d1_y);
                __autodiff_tape.spill(__autodiff_d4_s);
                __autodiff_tape.spill(s);
                __autodiff_tape.spill(x);
                __autodiff_tape.spill(y);
                __autodiff_tape.spill(__autodiff_d7_shifted);
                __autodiff_tape.spill(__autodiff_d8___autodiff_t8);
                __autodiff_tape.spill(shifted);
                (__autodiff_count0, w, __autodiff_t8)
            },
            __autodiff_count0,
            __autodiff_d0_x,
            __autodiff_d1_y,
            __autodiff_d4_s,
            &mut *__autodiff_tape,
            s,
            x,
            y,
        );
        shifted = __autodiff_tape.unspill();
        __autodiff_d8___autodiff_t8 = __autodiff_tape.unspill();
        __autodiff_d7_shifted = __autodiff_tape.unspill();
        ::autodiff::__private::outline::outline3(
            |
                (mut __autodiff_t9, mut __autodiff_d9___autodiff_t9),
                mut __autodiff_tape,
                mut w|
            {
                let mut __autodiff_d0_x;
                let mut __autodiff_d1_y;
                let mut __autodiff_d4_s;
                let mut s;
                let mut x;
                let mut y;
                y = __autodiff_tape.unspill();
                x = __autodiff_tape.unspill();
                s = __autodiff_tape.unspill();
                __autodiff_d4_s = __autodiff_tape.unspill();
                __autodiff_d1_y = __autodiff_tape.unspill();
                __autodiff_d0_x = __autodiff_tape.unspill();
                let __autodiff_p48 = <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(
                    <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(w),
                );
                let __autodiff_n49 = (__autodiff_p48 * __autodiff_t9);
                __autodiff_tape.push(__autodiff_p48);
                let __autodiff_n23 = __autodiff_n49;
                let __autodiff_n50 = (s + __autodiff_n23);
                let __autodiff_n24 = __autodiff_n50;
                let __autodiff_p51 = <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(
                    <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(w),
                );
                let __autodiff_n52 = (__autodiff_p51 * __autodiff_d9___autodiff_t9);
                let __autodiff_n53 = (__autodiff_d4_s + __autodiff_n52);
                __autodiff_tape.push(__autodiff_p51);
                __autodiff_d4_s = __autodiff_n53;
                s = __autodiff_n24;
                __autodiff_tape.spill(__autodiff_d0_x);
                __autodiff_tape.spill(__autodiff_d1_y);
                __autodiff_tape.spill(__autodiff_d4_s);
                __autodiff_tape.spill(s);
                __autodiff_tape.spill(x);
                __autodiff_tape.spill(y);
                ()
            },
            tree__jvp_fwd(
                shifted,
                __autodiff_t8,
                (depth - 1),
                __autodiff_d7_shifted,
                __autodiff_d8___autodiff_t8,
                ::core::default::Default::default(),
                __autodiff_tape,
            ),
            &mut *__autodiff_tape,
            w,
        );
        y = __autodiff_tape.unspill();
        x = __autodiff_tape.unspill();
        s = __autodiff_tape.unspill();
        __autodiff_d4_s = __autodiff_tape.unspill();
        __autodiff_d1_y = __autodiff_tape.unspill();
        __autodiff_d0_x = __autodiff_tape.unspill();
    }
    ::autodiff::__private::outline::outline4(
        |mut __autodiff_count0, mut __autodiff_d4_s, mut __autodiff_tape, mut s| {
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
            __autodiff_tape.push_control((__autodiff_count0) as usize);
            let __autodiff_n54 = (0.1f64 * x);
            let __autodiff_n25 = __autodiff_n54;
            let __autodiff_n55 = (__autodiff_n25 * y);
            let __autodiff_n26 = __autodiff_n55;
            let __autodiff_n56 = (s + __autodiff_n26);
            let __autodiff_n27 = __autodiff_n56;
            let __autodiff_n57 = (__autodiff_n25 * __autodiff_d1_y);
            let __autodiff_n59 = (y * 0.1f64);
            let __autodiff_n58 = (__autodiff_d4_s + __autodiff_n57);
            let __autodiff_n60 = (__autodiff_n59 * __autodiff_d0_x);
            let __autodiff_n61 = (__autodiff_n58 + __autodiff_n60);
            __autodiff_d3___autodiff_out = __autodiff_n61;
            __autodiff_out = __autodiff_n27;
            __autodiff_tape.push(__autodiff_n25);
            __autodiff_tape.push_control((11) as usize);
            __autodiff_tape.push(x);
            __autodiff_tape.push(y);
            __autodiff_tape.push(__autodiff_d0_x);
            __autodiff_tape.push(__autodiff_d1_y);
            (__autodiff_out, __autodiff_d3___autodiff_out)
        },
        __autodiff_count0,
        __autodiff_d4_s,
        &mut *__autodiff_tape,
        s,
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
fn tree__jvp_bwd_rec(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    mut __autodiff_b3: f64,
    mut __autodiff_b12: f64,
    mut __autodiff_b0: f64,
    mut __autodiff_b1: f64,
    _: (),
    mut __autodiff_b10: f64,
    mut __autodiff_b11: f64,
    _: (),
) {
    {
        let mut __autodiff_s11: f64 = 0.0;
        let mut __autodiff_s1: f64 = 0.0;
        let mut __autodiff_b15: f64 = -0.0;
        let mut __autodiff_b4: f64 = -0.0;
        let __autodiff_stop;
        __autodiff_stop = ::autodiff::__private::outline::outline_in_debug11(
            |
                mut __autodiff_b12,
                mut __autodiff_b3,
                mut __autodiff_tape,
                __autodiff_ref0,
                __autodiff_ref1,
                __autodiff_ref2,
                __autodiff_ref3,
                __autodiff_ref4,
                __autodiff_ref5,
                __autodiff_ref6,
                __autodiff_ref7|
            {
                let mut __autodiff_b0 = *__autodiff_ref0;
                let mut __autodiff_b1 = *__autodiff_ref1;
                let mut __autodiff_b10 = *__autodiff_ref2;
                let mut __autodiff_b11 = *__autodiff_ref3;
                let mut __autodiff_b15 = *__autodiff_ref4;
                let mut __autodiff_b4 = *__autodiff_ref5;
                let mut __autodiff_s0;
                let mut __autodiff_s1;
                let mut __autodiff_s10;
                let mut __autodiff_s11;
                __autodiff_s11 = __autodiff_tape.pop();
                __autodiff_s10 = __autodiff_tape.pop();
                __autodiff_s1 = __autodiff_tape.pop();
                __autodiff_s0 = __autodiff_tape.pop();
                let __autodiff_stop = __autodiff_tape.pop_control();
                let mut __autodiff_s25: f64 = 0.0;
                if __autodiff_stop > 6usize {
                    __autodiff_s25 = __autodiff_tape.pop();
                }
                let mut __autodiff_b27: f64 = -0.0;
                if __autodiff_stop >= 10usize {
                    let __autodiff_ob = __autodiff_b3;
                    __autodiff_b3 = -0.0;
                    __autodiff_b27 += __autodiff_ob;
                }
                let mut __autodiff_b25: f64 = -0.0;
                if __autodiff_stop >= 9usize {
                    let __autodiff_n59 = (__autodiff_s1 * 0.1f64);
                    let __autodiff_ob = __autodiff_b12;
                    __autodiff_b12 = -0.0;
                    __autodiff_b10 += __autodiff_ob * __autodiff_n59;
                    __autodiff_b15 += __autodiff_ob;
                    __autodiff_b1 += __autodiff_ob * (__autodiff_s10 * 0.1f64);
                    __autodiff_b25 += __autodiff_ob * __autodiff_s11;
                    __autodiff_b11 += __autodiff_ob * __autodiff_s25;
                }
                let mut __autodiff_b26: f64 = -0.0;
                if __autodiff_stop >= 8usize {
                    let __autodiff_ob = __autodiff_b27;
                    __autodiff_b27 = -0.0;
                    __autodiff_b4 += __autodiff_ob;
                    __autodiff_b26 += __autodiff_ob;
                }
                if __autodiff_stop >= 7usize {
                    let __autodiff_ob = __autodiff_b26;
                    __autodiff_b26 = -0.0;
                    __autodiff_b25 += __autodiff_ob * __autodiff_s1;
                    __autodiff_b1 += __autodiff_ob * __autodiff_s25;
                }
                if __autodiff_stop >= 6usize {
                    let __autodiff_ob = __autodiff_b25;
                    __autodiff_b25 = -0.0;
                    __autodiff_b0 += __autodiff_ob * 0.1f64;
                }
                __autodiff_tape.spill(__autodiff_b12);
                __autodiff_tape.spill(__autodiff_b3);
                __autodiff_tape.spill(__autodiff_s0);
                __autodiff_tape.spill(__autodiff_s1);
                __autodiff_tape.spill(__autodiff_s10);
                __autodiff_tape.spill(__autodiff_s11);
                *__autodiff_ref0 = __autodiff_b0;
                *__autodiff_ref1 = __autodiff_b1;
                *__autodiff_ref2 = __autodiff_b10;
                *__autodiff_ref3 = __autodiff_b11;
                *__autodiff_ref4 = __autodiff_b15;
                *__autodiff_ref5 = __autodiff_b4;
                *__autodiff_ref6 = __autodiff_s1;
                *__autodiff_ref7 = __autodiff_s11;
                (__autodiff_stop)
            },
            __autodiff_b12,
            __autodiff_b3,
            &mut *__autodiff_tape,
            &mut __autodiff_b0,
            &mut __autodiff_b1,
            &mut __autodiff_b10,
            &mut __autodiff_b11,
            &mut __autodiff_b15,
            &mut __autodiff_b4,
            &mut __autodiff_s1,
            &mut __autodiff_s11,
        );
        if __autodiff_stop >= 5usize {
            let mut __autodiff_trips0: usize;
            __autodiff_trips0 = ::autodiff::__private::outline::outline_in_debug1(
                |mut __autodiff_tape| {
                    let mut __autodiff_trips0: usize = __autodiff_tape.pop_control();
                    (__autodiff_trips0)
                },
                &mut *__autodiff_tape,
            );
            while ::autodiff::__private::next_trip(&mut __autodiff_trips0) {
                __autodiff_tape.spill(__autodiff_s1);
                __autodiff_tape.spill(__autodiff_s11);
                {
                    let mut __autodiff_b22: f64 = -0.0;
                    let mut __autodiff_b9: f64 = -0.0;
                    let mut __autodiff_b7: f64 = -0.0;
                    let mut __autodiff_b8: f64 = -0.0;
                    let mut __autodiff_b16: f64 = -0.0;
                    let mut __autodiff_b20: f64 = -0.0;
                    ::autodiff::__private::outline::outline_in_debug11(
                        |
                            mut __autodiff_b0,
                            mut __autodiff_b1,
                            mut __autodiff_b10,
                            mut __autodiff_b11,
                            mut __autodiff_b15,
                            mut __autodiff_b4,
                            mut __autodiff_s1,
                            mut __autodiff_s11,
                            mut __autodiff_tape,
                            __autodiff_ref0,
                            __autodiff_ref1|
                        {
                            let mut __autodiff_b22 = *__autodiff_ref0;
                            let mut __autodiff_b9 = *__autodiff_ref1;
                            let __autodiff_ob = __autodiff_b4;
                            __autodiff_b4 = -0.0;
                            let mut __autodiff_b24: f64 = -0.0;
                            __autodiff_b24 += __autodiff_ob;
                            let __autodiff_p51: f64 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b15;
                            __autodiff_b15 = __autodiff_ob;
                            __autodiff_b22 += __autodiff_ob * __autodiff_p51;
                            let __autodiff_ob = __autodiff_b24;
                            __autodiff_b4 += __autodiff_ob;
                            let mut __autodiff_b23: f64 = -0.0;
                            __autodiff_b23 += __autodiff_ob;
                            let __autodiff_p48: f64 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b23;
                            __autodiff_b9 += __autodiff_ob * __autodiff_p48;
                            __autodiff_tape.spill(__autodiff_b0);
                            __autodiff_tape.spill(__autodiff_b1);
                            __autodiff_tape.spill(__autodiff_b10);
                            __autodiff_tape.spill(__autodiff_b11);
                            __autodiff_tape.spill(__autodiff_b15);
                            __autodiff_tape.spill(__autodiff_b4);
                            __autodiff_tape.spill(__autodiff_s1);
                            __autodiff_tape.spill(__autodiff_s11);
                            *__autodiff_ref0 = __autodiff_b22;
                            *__autodiff_ref1 = __autodiff_b9;
                            ()
                        },
                        __autodiff_b0,
                        __autodiff_b1,
                        __autodiff_b10,
                        __autodiff_b11,
                        __autodiff_b15,
                        __autodiff_b4,
                        __autodiff_s1,
                        __autodiff_s11,
                        &mut *__autodiff_tape,
                        &mut __autodiff_b22,
                        &mut __autodiff_b9,
                    );
                    tree__jvp_bwd_rec(
                        __autodiff_tape,
                        __autodiff_b9,
                        __autodiff_b22,
                        __autodiff_b7,
                        __autodiff_b8,
                        ::core::default::Default::default(),
                        __autodiff_b16,
                        __autodiff_b20,
                        ::core::default::Default::default(),
                    );
                    ::autodiff::__private::outline::outline1(
                        |mut __autodiff_tape| {
                            let mut __autodiff_b0;
                            let mut __autodiff_b1;
                            let mut __autodiff_b10;
                            let mut __autodiff_b11;
                            let mut __autodiff_b15;
                            let mut __autodiff_b16;
                            let mut __autodiff_b20;
                            let mut __autodiff_b4;
                            let mut __autodiff_b7;
                            let mut __autodiff_b8;
                            let mut __autodiff_s1;
                            let mut __autodiff_s11;
                            __autodiff_b20 = __autodiff_tape.unspill();
                            __autodiff_b16 = __autodiff_tape.unspill();
                            __autodiff_b8 = __autodiff_tape.unspill();
                            __autodiff_b7 = __autodiff_tape.unspill();
                            __autodiff_s11 = __autodiff_tape.unspill();
                            __autodiff_s1 = __autodiff_tape.unspill();
                            __autodiff_b4 = __autodiff_tape.unspill();
                            __autodiff_b15 = __autodiff_tape.unspill();
                            __autodiff_b11 = __autodiff_tape.unspill();
                            __autodiff_b10 = __autodiff_tape.unspill();
                            __autodiff_b1 = __autodiff_tape.unspill();
                            __autodiff_b0 = __autodiff_tape.unspill();
                            let __autodiff_ob = __autodiff_b8;
                            let mut __autodiff_b21: f64 = -0.0;
                            __autodiff_b21 += __autodiff_ob;
                            let __autodiff_n45: f64 = __autodiff_tape.pop();
                            let __autodiff_n46 = (-__autodiff_n45);
                            let __autodiff_ob = __autodiff_b20;
                            __autodiff_b11 += __autodiff_ob * __autodiff_n46;
                            __autodiff_b1
                                += __autodiff_ob
                                    * ((-__autodiff_s11) * __autodiff_s1.cos());
                            let __autodiff_ob = __autodiff_b21;
                            __autodiff_b1 += __autodiff_ob * (-__autodiff_s1.sin());
                            let __autodiff_ob = __autodiff_b7;
                            let mut __autodiff_b19: f64 = -0.0;
                            __autodiff_b19 += __autodiff_ob;
                            let __autodiff_p41: f64 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b16;
                            __autodiff_b10 += __autodiff_ob * __autodiff_p41;
                            __autodiff_b11 += __autodiff_ob * 0.1f64;
                            let __autodiff_ob = __autodiff_b19;
                            let mut __autodiff_b17: f64 = -0.0;
                            __autodiff_b17 += __autodiff_ob;
                            let mut __autodiff_b18: f64 = -0.0;
                            __autodiff_b18 += __autodiff_ob;
                            let __autodiff_ob = __autodiff_b18;
                            __autodiff_b1 += __autodiff_ob * 0.1f64;
                            let __autodiff_p36: f64 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b17;
                            __autodiff_b0 += __autodiff_ob * __autodiff_p36;
                            __autodiff_tape.spill(__autodiff_b0);
                            __autodiff_tape.spill(__autodiff_b1);
                            __autodiff_tape.spill(__autodiff_b10);
                            __autodiff_tape.spill(__autodiff_b11);
                            __autodiff_tape.spill(__autodiff_b15);
                            __autodiff_tape.spill(__autodiff_b4);
                            ()
                        },
                        &mut *__autodiff_tape,
                    );
                    __autodiff_b4 = __autodiff_tape.unspill();
                    __autodiff_b15 = __autodiff_tape.unspill();
                    __autodiff_b11 = __autodiff_tape.unspill();
                    __autodiff_b10 = __autodiff_tape.unspill();
                    __autodiff_b1 = __autodiff_tape.unspill();
                    __autodiff_b0 = __autodiff_tape.unspill();
                }
                __autodiff_s11 = __autodiff_tape.unspill();
                __autodiff_s1 = __autodiff_tape.unspill();
            }
        }
        ::autodiff::__private::outline::outline8(
            |
                mut __autodiff_b0,
                mut __autodiff_b1,
                mut __autodiff_b10,
                mut __autodiff_b11,
                mut __autodiff_b15,
                mut __autodiff_b4,
                mut __autodiff_stop,
                mut __autodiff_tape|
            {
                let mut __autodiff_b12;
                let mut __autodiff_b3;
                let mut __autodiff_s0;
                let mut __autodiff_s1;
                let mut __autodiff_s10;
                let mut __autodiff_s11;
                __autodiff_s11 = __autodiff_tape.unspill();
                __autodiff_s10 = __autodiff_tape.unspill();
                __autodiff_s1 = __autodiff_tape.unspill();
                __autodiff_s0 = __autodiff_tape.unspill();
                __autodiff_b3 = __autodiff_tape.unspill();
                __autodiff_b12 = __autodiff_tape.unspill();
                if __autodiff_stop >= 4usize {
                    __autodiff_b4 = -0.0;
                }
                if __autodiff_stop >= 3usize {
                    __autodiff_b15 = -0.0;
                }
                if __autodiff_tape.pop_control() != 0 {
                    {
                        let mut __autodiff_s13: f64 = 0.0;
                        __autodiff_s13 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b3;
                        __autodiff_b3 = -0.0;
                        let mut __autodiff_b14: f64 = -0.0;
                        __autodiff_b14 += __autodiff_ob;
                        let __autodiff_n32: f64 = __autodiff_tape.pop();
                        let __autodiff_n33 = (__autodiff_s1 * __autodiff_n32);
                        let __autodiff_ob = __autodiff_b12;
                        __autodiff_b12 = -0.0;
                        __autodiff_b10 += __autodiff_ob * __autodiff_n33;
                        __autodiff_b1
                            += __autodiff_ob * (__autodiff_s10 * __autodiff_n32);
                        __autodiff_b0
                            += __autodiff_ob
                                * ((__autodiff_s10 * __autodiff_s1)
                                    * (-__autodiff_s0.sin()));
                        let mut __autodiff_b13: f64 = -0.0;
                        __autodiff_b13 += __autodiff_ob * __autodiff_s11;
                        __autodiff_b11 += __autodiff_ob * __autodiff_s13;
                        let __autodiff_ob = __autodiff_b14;
                        __autodiff_b14 = -0.0;
                        __autodiff_b13 += __autodiff_ob * __autodiff_s1;
                        __autodiff_b1 += __autodiff_ob * __autodiff_s13;
                        let __autodiff_ob = __autodiff_b13;
                        __autodiff_b13 = -0.0;
                        __autodiff_b0 += __autodiff_ob * __autodiff_s0.cos();
                    }
                } else {
                    {}
                }
                __autodiff_tape.spill(__autodiff_b0);
                __autodiff_tape.spill(__autodiff_b1);
                __autodiff_tape.spill(__autodiff_b10);
                __autodiff_tape.spill(__autodiff_b11);
                ()
            },
            __autodiff_b0,
            __autodiff_b1,
            __autodiff_b10,
            __autodiff_b11,
            __autodiff_b15,
            __autodiff_b4,
            __autodiff_stop,
            &mut *__autodiff_tape,
        );
        __autodiff_b11 = __autodiff_tape.unspill();
        __autodiff_b10 = __autodiff_tape.unspill();
        __autodiff_b1 = __autodiff_tape.unspill();
        __autodiff_b0 = __autodiff_tape.unspill();
    }
    __autodiff_tape.spill(__autodiff_b0);
    __autodiff_tape.spill(__autodiff_b1);
    __autodiff_tape.spill(__autodiff_b10);
    __autodiff_tape.spill(__autodiff_b11);
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
fn tree__jvp_bwd(
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
    tree__jvp_bwd_rec(
        __autodiff_a0,
        __autodiff_a1,
        __autodiff_a2,
        __autodiff_a3,
        __autodiff_a4,
        __autodiff_a5,
        __autodiff_a6,
        __autodiff_a7,
        __autodiff_a8,
    );
    let __autodiff_r4 = __autodiff_a0.unspill();
    let __autodiff_r3 = __autodiff_a0.unspill();
    let __autodiff_r1 = __autodiff_a0.unspill();
    let __autodiff_r0 = __autodiff_a0.unspill();
    (__autodiff_r0, __autodiff_r1, (), __autodiff_r3, __autodiff_r4, ())
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
fn tree__trace(
    x: f64,
    y: f64,
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
    if (depth == 0) {
        (__autodiff_o3, __autodiff_out) = ::autodiff::__private::outline::outline3(
            |mut __autodiff_rec, mut x, mut y| {
                let mut __autodiff_o3;
                let mut __autodiff_out;
                let __autodiff_n13 = x.sin();
                let __autodiff_n14 = (__autodiff_n13 * y);
                let __autodiff_o13 = __autodiff_rec
                    .op(
                        "sin",
                        &[__autodiff_o0],
                        (__autodiff_n13) as f64,
                        &[(x.cos()) as f64],
                    );
                let __autodiff_o14 = __autodiff_rec
                    .op(
                        "*",
                        &[__autodiff_o13, __autodiff_o1],
                        (__autodiff_n14) as f64,
                        &[(y) as f64, (__autodiff_n13) as f64],
                    );
                __autodiff_o3 = __autodiff_o14;
                __autodiff_out = __autodiff_n14;
                (__autodiff_o3, __autodiff_out)
            },
            &mut *__autodiff_rec,
            x,
            y,
        );
        return (__autodiff_out, __autodiff_o3);
    }
    let mut s: f64 = 0.0;
    let mut __autodiff_o4: ::autodiff::__private::Operand;
    __autodiff_o4 = ::autodiff::__private::outline::outline0(|| {
        let mut __autodiff_o4: ::autodiff::__private::Operand = ::autodiff::__private::Operand::Const(
            (0.0) as f64,
        );
        (__autodiff_o4)
    });
    for k in (0..2) {
        let w;
        w = ::autodiff::__private::outline::outline_in_debug0(|| {
            let w = (0.5 + (0.25 * (k as f64)));
            (w)
        });
        let mut __autodiff_o7: ::autodiff::__private::Operand;
        let shifted: f64;
        (__autodiff_o7, shifted) = ::autodiff::__private::outline::outline4(
            |mut __autodiff_rec, mut w, mut x, mut y| {
                let __autodiff_n19 = (x
                    * <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(w));
                let __autodiff_n20 = (0.1f64 * y);
                let __autodiff_n21 = (__autodiff_n19 + __autodiff_n20);
                let __autodiff_o19 = __autodiff_rec
                    .op(
                        "*",
                        &[
                            __autodiff_o0,
                            ::autodiff::__private::Operand::Const(
                                (<f64 as ::autodiff::__private::FromPassive<
                                    _,
                                >>::from_passive(w)) as f64,
                            ),
                        ],
                        (__autodiff_n19) as f64,
                        &[
                            (<f64 as ::autodiff::__private::FromPassive<
                                _,
                            >>::from_passive(w)) as f64,
                            (x) as f64,
                        ],
                    );
                let __autodiff_o20 = __autodiff_rec
                    .op(
                        "*",
                        &[
                            ::autodiff::__private::Operand::Const((0.1f64) as f64),
                            __autodiff_o1,
                        ],
                        (__autodiff_n20) as f64,
                        &[(y) as f64, (0.1f64) as f64],
                    );
                let __autodiff_o21 = __autodiff_rec
                    .op(
                        "+",
                        &[__autodiff_o19, __autodiff_o20],
                        (__autodiff_n21) as f64,
                        &[(1.0) as f64, (1.0) as f64],
                    );
                let mut __autodiff_o7: ::autodiff::__private::Operand = __autodiff_o21;
                let shifted: f64 = __autodiff_n21;
                (__autodiff_o7, shifted)
            },
            &mut *__autodiff_rec,
            w,
            x,
            y,
        );
        let mut __autodiff_o8: ::autodiff::__private::Operand;
        let __autodiff_t8;
        (__autodiff_o8, __autodiff_t8) = ::autodiff::__private::outline::outline2(
            |mut __autodiff_rec, mut y| {
                let __autodiff_n26 = y.cos();
                let __autodiff_o26 = __autodiff_rec
                    .op(
                        "cos",
                        &[__autodiff_o1],
                        (__autodiff_n26) as f64,
                        &[((-y.sin())) as f64],
                    );
                let mut __autodiff_o8: ::autodiff::__private::Operand = __autodiff_o26;
                let __autodiff_t8 = __autodiff_n26;
                (__autodiff_o8, __autodiff_t8)
            },
            &mut *__autodiff_rec,
            y,
        );
        let (__autodiff_v29, __autodiff_ov30) = tree__trace(
            shifted,
            __autodiff_t8,
            (depth - 1),
            __autodiff_o7,
            __autodiff_o8,
            ::core::default::Default::default(),
            __autodiff_rec,
        );
        s = ::autodiff::__private::outline::outline4(
            |mut __autodiff_rec, mut __autodiff_v29, mut s, mut w| {
                let mut __autodiff_o9: ::autodiff::__private::Operand = __autodiff_ov30;
                let __autodiff_t9 = __autodiff_v29;
                let __autodiff_n31 = (<f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(w) * __autodiff_t9);
                let __autodiff_n32 = (s + __autodiff_n31);
                let __autodiff_o31 = __autodiff_rec
                    .op(
                        "*",
                        &[
                            ::autodiff::__private::Operand::Const(
                                (<f64 as ::autodiff::__private::FromPassive<
                                    _,
                                >>::from_passive(w)) as f64,
                            ),
                            __autodiff_o9,
                        ],
                        (__autodiff_n31) as f64,
                        &[
                            (__autodiff_t9) as f64,
                            (<f64 as ::autodiff::__private::FromPassive<
                                _,
                            >>::from_passive(w)) as f64,
                        ],
                    );
                let __autodiff_o32 = __autodiff_rec
                    .op(
                        "+",
                        &[__autodiff_o4, __autodiff_o31],
                        (__autodiff_n32) as f64,
                        &[(1.0) as f64, (1.0) as f64],
                    );
                __autodiff_o4 = __autodiff_o32;
                s = __autodiff_n32;
                (s)
            },
            &mut *__autodiff_rec,
            __autodiff_v29,
            s,
            w,
        );
    }
    (__autodiff_o3, __autodiff_out) = ::autodiff::__private::outline::outline4(
        |mut __autodiff_rec, mut s, mut x, mut y| {
            let mut __autodiff_o3;
            let mut __autodiff_out;
            let __autodiff_n35 = (0.1f64 * x);
            let __autodiff_n36 = (__autodiff_n35 * y);
            let __autodiff_n37 = (s + __autodiff_n36);
            let __autodiff_o35 = __autodiff_rec
                .op(
                    "*",
                    &[
                        ::autodiff::__private::Operand::Const((0.1f64) as f64),
                        __autodiff_o0,
                    ],
                    (__autodiff_n35) as f64,
                    &[(x) as f64, (0.1f64) as f64],
                );
            let __autodiff_o36 = __autodiff_rec
                .op(
                    "*",
                    &[__autodiff_o35, __autodiff_o1],
                    (__autodiff_n36) as f64,
                    &[(y) as f64, (__autodiff_n35) as f64],
                );
            let __autodiff_o37 = __autodiff_rec
                .op(
                    "+",
                    &[__autodiff_o4, __autodiff_o36],
                    (__autodiff_n37) as f64,
                    &[(1.0) as f64, (1.0) as f64],
                );
            __autodiff_o3 = __autodiff_o37;
            __autodiff_out = __autodiff_n37;
            (__autodiff_o3, __autodiff_out)
        },
        &mut *__autodiff_rec,
        s,
        x,
        y,
    );
    (__autodiff_out, __autodiff_o3)
}
///Forward mode of `tree` (generated by `#[differentiate]`): returns the value and the directional derivative along one tangent per differentiated parameter. Panics if a tangent's length differs from its vector's.
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
fn tree_jvp(x: f64, y: f64, depth: u32, dx: f64, dy: f64) -> (f64, f64) {
    let _ = tree;
    tree__jvp(x, y, depth, dx, dy, ())
}
///Reverse mode of `tree` (generated by `#[differentiate]`): returns the value and `seed` times the partial derivative with respect to each differentiated parameter, in order (an owned vector for a vector parameter).
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
fn tree_vjp(x: f64, y: f64, depth: u32, seed: f64) -> (f64, f64, f64) {
    let _ = tree;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = tree__fwd(x, y, depth, __autodiff_tape);
        let __autodiff_adjoints = tree__bwd(__autodiff_tape, seed, -0.0, -0.0, ());
        (__autodiff_value, __autodiff_adjoints)
    });
    (__autodiff_value, __autodiff_adjoints.0 + 0.0, __autodiff_adjoints.1 + 0.0)
}
///Gradient of `tree` (generated by `#[differentiate]`): the value and the partial derivative with respect to each differentiated parameter, in order.
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
fn tree_grad(x: f64, y: f64, depth: u32) -> (f64, f64, f64) {
    let _ = tree;
    tree_vjp(x, y, depth, 1.0)
}
///Reverse mode of `tree` into caller-owned buffers (generated by `#[differentiate]`): adds `seed` times each partial derivative into the `g_` argument of its parameter and returns the value. No allocation: the form for hot loops. Panics if a buffer's length differs from its vector's.
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
fn tree_vjp_into(
    x: f64,
    y: f64,
    depth: u32,
    seed: f64,
    g_x: &mut f64,
    g_y: &mut f64,
) -> f64 {
    let _ = tree;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let __autodiff_value = tree__fwd(x, y, depth, __autodiff_tape);
        let __autodiff_adjoints = tree__bwd(__autodiff_tape, seed, -0.0, -0.0, ());
        (__autodiff_value, __autodiff_adjoints)
    });
    *g_x += __autodiff_adjoints.0;
    *g_y += __autodiff_adjoints.1;
    __autodiff_value
}
///Gradient of `tree` into caller-owned buffers (generated by `#[differentiate]`): adds each partial derivative into the `g_` argument of its parameter and returns the value.
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
fn tree_grad_into(x: f64, y: f64, depth: u32, g_x: &mut f64, g_y: &mut f64) -> f64 {
    let _ = tree;
    tree_vjp_into(x, y, depth, 1.0, g_x, g_y)
}
///Hessian-vector product of `tree` (generated by `#[differentiate]`): the value, the gradient, and the Hessian times the direction given by one `v_` argument per differentiated parameter (reverse mode over forward mode, exact to rounding). Panics if a direction's length differs from its vector's.
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
fn tree_hvp(
    x: f64,
    y: f64,
    depth: u32,
    v_x: f64,
    v_y: f64,
) -> (f64, f64, f64, f64, f64) {
    let _ = tree;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = tree__jvp_fwd(
            x,
            y,
            depth,
            v_x,
            v_y,
            (),
            __autodiff_tape,
        );
        let __autodiff_adjoints = tree__jvp_bwd(
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
///Hessian-vector product of `tree` into caller-owned buffers (generated by `#[differentiate]`): adds the gradient into the `g_` argument and the Hessian times the direction (the `v_` arguments) into the `h_` argument of each differentiated parameter, and returns the value. No allocation: the form for hot loops (an inner solve's conjugate gradient). Panics if a direction's or a buffer's length differs from its vector's.
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
fn tree_hvp_into(
    x: f64,
    y: f64,
    depth: u32,
    v_x: f64,
    v_y: f64,
    g_x: &mut f64,
    g_y: &mut f64,
    h_x: &mut f64,
    h_y: &mut f64,
) -> f64 {
    let _ = tree;
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let (__autodiff_value, _) = tree__jvp_fwd(
            x,
            y,
            depth,
            v_x,
            v_y,
            (),
            __autodiff_tape,
        );
        let __autodiff_adjoints = tree__jvp_bwd(
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
///Hessian of `tree` (generated by `#[differentiate]`) over the differentiated parameters in order (a vector's entries one after the other), one Hessian-vector product per column.
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
fn tree_hessian(
    x: f64,
    y: f64,
    depth: u32,
) -> ::autodiff::__private::nalgebra::DMatrix<f64> {
    let _ = tree;
    let mut __autodiff_size: usize = 0;
    let __autodiff_o_x = __autodiff_size;
    __autodiff_size += 1;
    let __autodiff_o_y = __autodiff_size;
    __autodiff_size += 1;
    let mut __autodiff_hessian = ::autodiff::__private::nalgebra::DMatrix::<
        f64,
    >::zeros(__autodiff_size, __autodiff_size);
    for __autodiff_column in 0..__autodiff_size {
        let __autodiff_result = tree_hvp(
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
///Evaluation trace of one call of `tree` (generated by `#[differentiate]`): every elementary operation with its value, tangents and adjoint; `Display` prints Baydin et al.'s tables.
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
fn tree_trace(x: f64, y: f64, depth: u32) -> ::autodiff::__private::Trace {
    let _ = tree;
    let mut __autodiff_rec = ::autodiff::__private::Recorder::new();
    let __autodiff_o0 = __autodiff_rec.input("x", x as f64);
    let __autodiff_o1 = __autodiff_rec.input("y", y as f64);
    let (__autodiff_value, __autodiff_output) = tree__trace(
        x,
        y,
        depth,
        __autodiff_o0,
        __autodiff_o1,
        (),
        &mut __autodiff_rec,
    );
    __autodiff_rec.name_output("tree");
    __autodiff_rec.finish(__autodiff_value as f64, __autodiff_output)
}
