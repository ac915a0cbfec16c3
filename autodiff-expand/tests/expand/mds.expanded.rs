fn mds_loss(w: &[f64], d: &[f64]) -> f64 {
    let n = w.len() / 2;
    let mut loss = 0.0;
    for i in 0..n {
        for j in 0..n {
            let dx = w[2 * i] - w[2 * j];
            let dy = w[2 * i + 1] - w[2 * j + 1];
            let r = dx * dx + dy * dy - d[i * n + j];
            loss += r * r;
        }
    }
    loss
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
fn mds_loss__jvp(
    w: &[f64],
    d: &[f64],
    mut __autodiff_d0_w: ::autodiff::__private::VecTangent<'_, f64>,
    mut __autodiff_d1_d: ::autodiff::__private::VecTangent<'_, f64>,
) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d2___autodiff_out: f64 = 0.0;
    let n = (w.len() / 2);
    let mut __autodiff_d4_loss: f64 = 0.0;
    let mut loss: f64 = 0.0;
    for i in (0..n) {
        for j in (0..n) {
            let __autodiff_k20 = (2 * i);
            let mut __autodiff_d10___autodiff_t10: f64 = __autodiff_d0_w
                .at(__autodiff_k20);
            let __autodiff_t10 = w[__autodiff_k20];
            let __autodiff_k22 = (2 * j);
            let mut __autodiff_d11___autodiff_t11: f64 = __autodiff_d0_w
                .at(__autodiff_k22);
            let __autodiff_t11 = w[__autodiff_k22];
            let __autodiff_n24 = (__autodiff_t10 - __autodiff_t11);
            let mut __autodiff_d7_dx: f64 = (__autodiff_d10___autodiff_t10
                + (-__autodiff_d11___autodiff_t11));
            let dx: f64 = __autodiff_n24;
            let __autodiff_k26 = ((2 * i) + 1);
            let mut __autodiff_d12___autodiff_t12: f64 = __autodiff_d0_w
                .at(__autodiff_k26);
            let __autodiff_t12 = w[__autodiff_k26];
            let __autodiff_k28 = ((2 * j) + 1);
            let mut __autodiff_d13___autodiff_t13: f64 = __autodiff_d0_w
                .at(__autodiff_k28);
            let __autodiff_t13 = w[__autodiff_k28];
            let __autodiff_n30 = (__autodiff_t12 - __autodiff_t13);
            let mut __autodiff_d8_dy: f64 = (__autodiff_d12___autodiff_t12
                + (-__autodiff_d13___autodiff_t13));
            let dy: f64 = __autodiff_n30;
            let __autodiff_k32 = ((i * n) + j);
            let mut __autodiff_d14___autodiff_t14: f64 = __autodiff_d1_d
                .at(__autodiff_k32);
            let __autodiff_t14 = d[__autodiff_k32];
            let __autodiff_n34 = (dx * dx);
            let __autodiff_n35 = (dy * dy);
            let __autodiff_n36 = (__autodiff_n34 + __autodiff_n35);
            let __autodiff_n37 = (__autodiff_n36 - __autodiff_t14);
            let mut __autodiff_d9_r: f64 = (((-__autodiff_d14___autodiff_t14)
                + ((dy + dy) * __autodiff_d8_dy)) + ((dx + dx) * __autodiff_d7_dx));
            let r: f64 = __autodiff_n37;
            let __autodiff_n38 = (r * r);
            let __autodiff_n39 = (loss + __autodiff_n38);
            __autodiff_d4_loss = ::autodiff::__private::Barrier::opaque(
                (__autodiff_d4_loss + ((r + r) * __autodiff_d9_r)),
            );
            loss = __autodiff_n39;
        }
    }
    __autodiff_d2___autodiff_out = ::autodiff::__private::Barrier::opaque(
        __autodiff_d4_loss,
    );
    __autodiff_out = ::autodiff::__private::Barrier::opaque(loss);
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
fn mds_loss__fwd(
    w: &[f64],
    d: &[f64],
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> f64 {
    let mut __autodiff_out: f64;
    let n = (w.len() / 2);
    let mut loss: f64 = 0.0;
    let mut __autodiff_count0: usize = 0;
    for i in (0..n) {
        __autodiff_count0 = (__autodiff_count0 + 1);
        let mut __autodiff_count1: usize = 0;
        for j in (0..n) {
            __autodiff_count1 = (__autodiff_count1 + 1);
            let __autodiff_k25 = (2 * i);
            __autodiff_tape.push_control((__autodiff_k25) as usize);
            let __autodiff_t10 = w[__autodiff_k25];
            let __autodiff_k26 = (2 * j);
            __autodiff_tape.push_control((__autodiff_k26) as usize);
            let __autodiff_t11 = w[__autodiff_k26];
            let __autodiff_n15 = (__autodiff_t10 - __autodiff_t11);
            let dx: f64 = __autodiff_n15;
            let __autodiff_k27 = ((2 * i) + 1);
            __autodiff_tape.push_control((__autodiff_k27) as usize);
            let __autodiff_t12 = w[__autodiff_k27];
            let __autodiff_k28 = ((2 * j) + 1);
            __autodiff_tape.push_control((__autodiff_k28) as usize);
            let __autodiff_t13 = w[__autodiff_k28];
            let __autodiff_n16 = (__autodiff_t12 - __autodiff_t13);
            let dy: f64 = __autodiff_n16;
            let __autodiff_k29 = ((i * n) + j);
            __autodiff_tape.push_control((__autodiff_k29) as usize);
            let __autodiff_t14 = d[__autodiff_k29];
            let __autodiff_n17 = (dx * dx);
            let __autodiff_n18 = (dy * dy);
            let __autodiff_n19 = (__autodiff_n17 + __autodiff_n18);
            let __autodiff_n20 = (__autodiff_n19 - __autodiff_t14);
            let r: f64 = __autodiff_n20;
            let __autodiff_n21 = (r * r);
            let __autodiff_n22 = (loss + __autodiff_n21);
            loss = __autodiff_n22;
            __autodiff_tape.push(dx);
            __autodiff_tape.push(dy);
            __autodiff_tape.push(r);
        }
        __autodiff_tape.push_control((__autodiff_count1) as usize);
    }
    __autodiff_tape.push_control((__autodiff_count0) as usize);
    __autodiff_out = loss;
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
fn mds_loss__bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed: f64,
    __autodiff_b0: ::autodiff::__private::VecAdjoint<'_, f64>,
    __autodiff_b1: ::autodiff::__private::VecAdjoint<'_, f64>,
) -> ((), ()) {
    let mut __autodiff_b4: f64 = -0.0;
    let mut __autodiff_b7: f64 = -0.0;
    let mut __autodiff_b8: f64 = -0.0;
    let mut __autodiff_b9: f64 = -0.0;
    let mut __autodiff_b10: f64 = -0.0;
    let mut __autodiff_b11: f64 = -0.0;
    let mut __autodiff_b12: f64 = -0.0;
    let mut __autodiff_b13: f64 = -0.0;
    let mut __autodiff_b14: f64 = -0.0;
    let mut __autodiff_s7: f64 = 0.0;
    let mut __autodiff_s8: f64 = 0.0;
    let mut __autodiff_s9: f64 = 0.0;
    let mut __autodiff_b2: f64 = __autodiff_seed;
    {
        let __autodiff_ob = __autodiff_b2;
        __autodiff_b2 = -0.0;
        __autodiff_b4 += __autodiff_ob;
        let mut __autodiff_trips0: usize = __autodiff_tape.pop_control();
        while ::autodiff::__private::next_trip(&mut __autodiff_trips0) {
            {
                let mut __autodiff_trips1: usize = __autodiff_tape.pop_control();
                while ::autodiff::__private::next_trip(&mut __autodiff_trips1) {
                    {
                        __autodiff_s9 = __autodiff_tape.pop();
                        __autodiff_s8 = __autodiff_tape.pop();
                        __autodiff_s7 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b4;
                        __autodiff_b4 = __autodiff_ob;
                        __autodiff_b9 += __autodiff_ob * (__autodiff_s9 + __autodiff_s9);
                        let __autodiff_ob = __autodiff_b9;
                        __autodiff_b9 = -0.0;
                        __autodiff_b14 += (-__autodiff_ob);
                        __autodiff_b8 += __autodiff_ob * (__autodiff_s8 + __autodiff_s8);
                        __autodiff_b7 += __autodiff_ob * (__autodiff_s7 + __autodiff_s7);
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b1.add_at(__autodiff_k, __autodiff_b14);
                        __autodiff_b14 = -0.0;
                        let __autodiff_ob = __autodiff_b8;
                        __autodiff_b8 = -0.0;
                        __autodiff_b12 += __autodiff_ob;
                        __autodiff_b13 += (-__autodiff_ob);
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b0.add_at(__autodiff_k, __autodiff_b13);
                        __autodiff_b13 = -0.0;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b0.add_at(__autodiff_k, __autodiff_b12);
                        __autodiff_b12 = -0.0;
                        let __autodiff_ob = __autodiff_b7;
                        __autodiff_b7 = -0.0;
                        __autodiff_b10 += __autodiff_ob;
                        __autodiff_b11 += (-__autodiff_ob);
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b0.add_at(__autodiff_k, __autodiff_b11);
                        __autodiff_b11 = -0.0;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b0.add_at(__autodiff_k, __autodiff_b10);
                        __autodiff_b10 = -0.0;
                    }
                }
            }
        }
        __autodiff_b4 = -0.0;
        __autodiff_b2 = -0.0;
    }
    ((), ())
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
fn mds_loss__rfused(
    w: &[f64],
    d: &[f64],
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed: f64,
    __autodiff_b0: ::autodiff::__private::VecAdjoint<'_, f64>,
    __autodiff_b1: ::autodiff::__private::VecAdjoint<'_, f64>,
) -> (f64, ((), ())) {
    let mut __autodiff_out: f64;
    let n = (w.len() / 2);
    let mut loss: f64 = 0.0;
    let __autodiff_adjoints = {
        let mut __autodiff_b4: f64 = -0.0;
        let mut __autodiff_b7: f64 = -0.0;
        let mut __autodiff_b8: f64 = -0.0;
        let mut __autodiff_b9: f64 = -0.0;
        let mut __autodiff_b10: f64 = -0.0;
        let mut __autodiff_b11: f64 = -0.0;
        let mut __autodiff_b12: f64 = -0.0;
        let mut __autodiff_b13: f64 = -0.0;
        let mut __autodiff_b14: f64 = -0.0;
        let mut __autodiff_s7: f64 = 0.0;
        let mut __autodiff_s8: f64 = 0.0;
        let mut __autodiff_s9: f64 = 0.0;
        let mut __autodiff_b2: f64 = __autodiff_seed;
        {
            let __autodiff_ob = __autodiff_b2;
            __autodiff_b2 = -0.0;
            __autodiff_b4 += __autodiff_ob;
        }
        {
            for i in (0..n) {
                {
                    {
                        let mut __autodiff_sum1 = -0.0;
                        let mut __autodiff_ran1 = false;
                        let mut __autodiff_sum2 = -0.0;
                        let mut __autodiff_ran2 = false;
                        for j in (0..n) {
                            let mut __autodiff_tape = ::autodiff::__private::IterationTape::<
                                f64,
                                3usize,
                                3usize,
                            >::new();
                            let __autodiff_k23 = (2 * i);
                            let __autodiff_t10 = w[__autodiff_k23];
                            let __autodiff_k24 = (2 * j);
                            __autodiff_tape.push_control((__autodiff_k24) as usize);
                            let __autodiff_t11 = w[__autodiff_k24];
                            let __autodiff_n15 = (__autodiff_t10 - __autodiff_t11);
                            let dx: f64 = __autodiff_n15;
                            let __autodiff_k25 = ((2 * i) + 1);
                            let __autodiff_t12 = w[__autodiff_k25];
                            let __autodiff_k26 = ((2 * j) + 1);
                            __autodiff_tape.push_control((__autodiff_k26) as usize);
                            let __autodiff_t13 = w[__autodiff_k26];
                            let __autodiff_n16 = (__autodiff_t12 - __autodiff_t13);
                            let dy: f64 = __autodiff_n16;
                            let __autodiff_k27 = ((i * n) + j);
                            __autodiff_tape.push_control((__autodiff_k27) as usize);
                            let __autodiff_t14 = d[__autodiff_k27];
                            let __autodiff_n17 = (dx * dx);
                            let __autodiff_n18 = (dy * dy);
                            let __autodiff_n19 = (__autodiff_n17 + __autodiff_n18);
                            let __autodiff_n20 = (__autodiff_n19 - __autodiff_t14);
                            let r: f64 = __autodiff_n20;
                            let __autodiff_n21 = (r * r);
                            let __autodiff_n22 = (loss + __autodiff_n21);
                            loss = __autodiff_n22;
                            __autodiff_tape.push(dx);
                            __autodiff_tape.push(dy);
                            __autodiff_tape.push(r);
                            {
                                __autodiff_s9 = __autodiff_tape.pop();
                                __autodiff_s8 = __autodiff_tape.pop();
                                __autodiff_s7 = __autodiff_tape.pop();
                                let __autodiff_ob = __autodiff_b4;
                                __autodiff_b4 = __autodiff_ob;
                                __autodiff_b9
                                    += __autodiff_ob * (__autodiff_s9 + __autodiff_s9);
                                let __autodiff_ob = __autodiff_b9;
                                __autodiff_b9 = -0.0;
                                __autodiff_b14 += (-__autodiff_ob);
                                __autodiff_b8
                                    += __autodiff_ob * (__autodiff_s8 + __autodiff_s8);
                                __autodiff_b7
                                    += __autodiff_ob * (__autodiff_s7 + __autodiff_s7);
                                let __autodiff_k = __autodiff_tape.pop_control();
                                __autodiff_b1.add_at(__autodiff_k, __autodiff_b14);
                                __autodiff_b14 = -0.0;
                                let __autodiff_ob = __autodiff_b8;
                                __autodiff_b8 = -0.0;
                                __autodiff_b12 += __autodiff_ob;
                                __autodiff_b13 += (-__autodiff_ob);
                                let __autodiff_k = __autodiff_tape.pop_control();
                                __autodiff_b0.add_at(__autodiff_k, __autodiff_b13);
                                __autodiff_b13 = -0.0;
                                __autodiff_sum2 += __autodiff_b12;
                                __autodiff_ran2 = true;
                                __autodiff_b12 = -0.0;
                                let __autodiff_ob = __autodiff_b7;
                                __autodiff_b7 = -0.0;
                                __autodiff_b10 += __autodiff_ob;
                                __autodiff_b11 += (-__autodiff_ob);
                                let __autodiff_k = __autodiff_tape.pop_control();
                                __autodiff_b0.add_at(__autodiff_k, __autodiff_b11);
                                __autodiff_b11 = -0.0;
                                __autodiff_sum1 += __autodiff_b10;
                                __autodiff_ran1 = true;
                                __autodiff_b10 = -0.0;
                            }
                        }
                        if __autodiff_ran1 {
                            __autodiff_b0.add_at(((2 * i)) as usize, __autodiff_sum1);
                        }
                        if __autodiff_ran2 {
                            __autodiff_b0
                                .add_at((((2 * i) + 1)) as usize, __autodiff_sum2);
                        }
                    }
                }
            }
            __autodiff_b4 = -0.0;
            __autodiff_b2 = -0.0;
        }
        ((), ())
    };
    __autodiff_out = loss;
    (__autodiff_out, __autodiff_adjoints)
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
fn mds_loss__jvp_fwd(
    w: &[f64],
    d: &[f64],
    mut __autodiff_d0_w: ::autodiff::__private::VecTangent<'_, f64>,
    mut __autodiff_d1_d: ::autodiff::__private::VecTangent<'_, f64>,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d2___autodiff_out: f64 = 0.0;
    let n = (w.len() / 2);
    let mut __autodiff_d4_loss: f64 = 0.0;
    let mut loss: f64 = 0.0;
    let mut __autodiff_count0: usize = 0;
    for i in (0..n) {
        __autodiff_count0 = (__autodiff_count0 + 1);
        let mut __autodiff_count1: usize = 0;
        for j in (0..n) {
            __autodiff_count1 = (__autodiff_count1 + 1);
            let __autodiff_k20 = (2 * i);
            let __autodiff_k64 = __autodiff_k20;
            __autodiff_tape.push_control((__autodiff_k64) as usize);
            let mut __autodiff_d10___autodiff_t10: f64 = __autodiff_d0_w
                .at(__autodiff_k64);
            let __autodiff_k65 = __autodiff_k20;
            __autodiff_tape.push_control((__autodiff_k65) as usize);
            let __autodiff_t10 = w[__autodiff_k65];
            let __autodiff_k22 = (2 * j);
            let __autodiff_k66 = __autodiff_k22;
            __autodiff_tape.push_control((__autodiff_k66) as usize);
            let mut __autodiff_d11___autodiff_t11: f64 = __autodiff_d0_w
                .at(__autodiff_k66);
            let __autodiff_k67 = __autodiff_k22;
            __autodiff_tape.push_control((__autodiff_k67) as usize);
            let __autodiff_t11 = w[__autodiff_k67];
            let __autodiff_n40 = (__autodiff_t10 - __autodiff_t11);
            let __autodiff_n24 = __autodiff_n40;
            let __autodiff_n41 = (-__autodiff_d11___autodiff_t11);
            let __autodiff_n42 = (__autodiff_d10___autodiff_t10 + __autodiff_n41);
            let mut __autodiff_d7_dx: f64 = __autodiff_n42;
            let dx: f64 = __autodiff_n24;
            let __autodiff_k26 = ((2 * i) + 1);
            let __autodiff_k68 = __autodiff_k26;
            __autodiff_tape.push_control((__autodiff_k68) as usize);
            let mut __autodiff_d12___autodiff_t12: f64 = __autodiff_d0_w
                .at(__autodiff_k68);
            let __autodiff_k69 = __autodiff_k26;
            __autodiff_tape.push_control((__autodiff_k69) as usize);
            let __autodiff_t12 = w[__autodiff_k69];
            let __autodiff_k28 = ((2 * j) + 1);
            let __autodiff_k70 = __autodiff_k28;
            __autodiff_tape.push_control((__autodiff_k70) as usize);
            let mut __autodiff_d13___autodiff_t13: f64 = __autodiff_d0_w
                .at(__autodiff_k70);
            let __autodiff_k71 = __autodiff_k28;
            __autodiff_tape.push_control((__autodiff_k71) as usize);
            let __autodiff_t13 = w[__autodiff_k71];
            let __autodiff_n43 = (__autodiff_t12 - __autodiff_t13);
            let __autodiff_n30 = __autodiff_n43;
            let __autodiff_n44 = (-__autodiff_d13___autodiff_t13);
            let __autodiff_n45 = (__autodiff_d12___autodiff_t12 + __autodiff_n44);
            let mut __autodiff_d8_dy: f64 = __autodiff_n45;
            let dy: f64 = __autodiff_n30;
            let __autodiff_k32 = ((i * n) + j);
            let __autodiff_k72 = __autodiff_k32;
            __autodiff_tape.push_control((__autodiff_k72) as usize);
            let mut __autodiff_d14___autodiff_t14: f64 = __autodiff_d1_d
                .at(__autodiff_k72);
            let __autodiff_k73 = __autodiff_k32;
            __autodiff_tape.push_control((__autodiff_k73) as usize);
            let __autodiff_t14 = d[__autodiff_k73];
            let __autodiff_n46 = (dx * dx);
            let __autodiff_n34 = __autodiff_n46;
            let __autodiff_n47 = (dy * dy);
            let __autodiff_n35 = __autodiff_n47;
            let __autodiff_n48 = (__autodiff_n34 + __autodiff_n35);
            let __autodiff_n36 = __autodiff_n48;
            let __autodiff_n49 = (__autodiff_n36 - __autodiff_t14);
            let __autodiff_n37 = __autodiff_n49;
            let __autodiff_n50 = (-__autodiff_d14___autodiff_t14);
            let __autodiff_n51 = (dy + dy);
            let __autodiff_n54 = (dx + dx);
            let __autodiff_n52 = (__autodiff_n51 * __autodiff_d8_dy);
            let __autodiff_n55 = (__autodiff_n54 * __autodiff_d7_dx);
            let __autodiff_n53 = (__autodiff_n50 + __autodiff_n52);
            let __autodiff_n56 = (__autodiff_n53 + __autodiff_n55);
            let mut __autodiff_d9_r: f64 = __autodiff_n56;
            let r: f64 = __autodiff_n37;
            let __autodiff_n57 = (r * r);
            let __autodiff_n38 = __autodiff_n57;
            let __autodiff_n58 = (loss + __autodiff_n38);
            let __autodiff_n39 = __autodiff_n58;
            let __autodiff_n59 = (r + r);
            let __autodiff_n60 = (__autodiff_n59 * __autodiff_d9_r);
            let __autodiff_n61 = (__autodiff_d4_loss + __autodiff_n60);
            __autodiff_d4_loss = __autodiff_n61;
            loss = __autodiff_n39;
            __autodiff_tape.push(__autodiff_d7_dx);
            __autodiff_tape.push(dx);
            __autodiff_tape.push(__autodiff_d8_dy);
            __autodiff_tape.push(dy);
            __autodiff_tape.push(__autodiff_d9_r);
            __autodiff_tape.push(r);
        }
        __autodiff_tape.push_control((__autodiff_count1) as usize);
    }
    __autodiff_tape.push_control((__autodiff_count0) as usize);
    __autodiff_d2___autodiff_out = __autodiff_d4_loss;
    __autodiff_out = loss;
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
fn mds_loss__jvp_bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed0: f64,
    __autodiff_seed1: f64,
    __autodiff_b0: ::autodiff::__private::VecAdjoint<'_, f64>,
    __autodiff_b1: ::autodiff::__private::VecAdjoint<'_, f64>,
    __autodiff_b15: ::autodiff::__private::VecAdjoint<'_, f64>,
    __autodiff_b16: ::autodiff::__private::VecAdjoint<'_, f64>,
) -> ((), (), (), ()) {
    let mut __autodiff_b4: f64 = -0.0;
    let mut __autodiff_b7: f64 = -0.0;
    let mut __autodiff_b8: f64 = -0.0;
    let mut __autodiff_b9: f64 = -0.0;
    let mut __autodiff_b10: f64 = -0.0;
    let mut __autodiff_b11: f64 = -0.0;
    let mut __autodiff_b12: f64 = -0.0;
    let mut __autodiff_b13: f64 = -0.0;
    let mut __autodiff_b14: f64 = -0.0;
    let mut __autodiff_b18: f64 = -0.0;
    let mut __autodiff_b19: f64 = -0.0;
    let mut __autodiff_b21: f64 = -0.0;
    let mut __autodiff_b23: f64 = -0.0;
    let mut __autodiff_b24: f64 = -0.0;
    let mut __autodiff_b25: f64 = -0.0;
    let mut __autodiff_b27: f64 = -0.0;
    let mut __autodiff_b29: f64 = -0.0;
    let mut __autodiff_b30: f64 = -0.0;
    let mut __autodiff_b31: f64 = -0.0;
    let mut __autodiff_b33: f64 = -0.0;
    let mut __autodiff_b34: f64 = -0.0;
    let mut __autodiff_b35: f64 = -0.0;
    let mut __autodiff_b36: f64 = -0.0;
    let mut __autodiff_b37: f64 = -0.0;
    let mut __autodiff_b38: f64 = -0.0;
    let mut __autodiff_b39: f64 = -0.0;
    let mut __autodiff_s7: f64 = 0.0;
    let mut __autodiff_s8: f64 = 0.0;
    let mut __autodiff_s9: f64 = 0.0;
    let mut __autodiff_s23: f64 = 0.0;
    let mut __autodiff_s29: f64 = 0.0;
    let mut __autodiff_s33: f64 = 0.0;
    let mut __autodiff_b2: f64 = __autodiff_seed0;
    let mut __autodiff_b17: f64 = __autodiff_seed1;
    {
        let __autodiff_ob = __autodiff_b2;
        __autodiff_b2 = -0.0;
        __autodiff_b4 += __autodiff_ob;
        let __autodiff_ob = __autodiff_b17;
        __autodiff_b17 = -0.0;
        __autodiff_b18 += __autodiff_ob;
        let mut __autodiff_trips0: usize = __autodiff_tape.pop_control();
        while ::autodiff::__private::next_trip(&mut __autodiff_trips0) {
            {
                let mut __autodiff_trips1: usize = __autodiff_tape.pop_control();
                while ::autodiff::__private::next_trip(&mut __autodiff_trips1) {
                    {
                        __autodiff_s9 = __autodiff_tape.pop();
                        __autodiff_s33 = __autodiff_tape.pop();
                        __autodiff_s8 = __autodiff_tape.pop();
                        __autodiff_s29 = __autodiff_tape.pop();
                        __autodiff_s7 = __autodiff_tape.pop();
                        __autodiff_s23 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b4;
                        __autodiff_b4 = -0.0;
                        __autodiff_b39 += __autodiff_ob;
                        let __autodiff_n59 = (__autodiff_s9 + __autodiff_s9);
                        let __autodiff_ob = __autodiff_b18;
                        __autodiff_b18 = __autodiff_ob;
                        __autodiff_b33 += __autodiff_ob * __autodiff_n59;
                        __autodiff_b9
                            += __autodiff_ob * (__autodiff_s33 + __autodiff_s33);
                        let __autodiff_ob = __autodiff_b39;
                        __autodiff_b39 = -0.0;
                        __autodiff_b4 += __autodiff_ob;
                        __autodiff_b38 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b38;
                        __autodiff_b38 = -0.0;
                        __autodiff_b9 += __autodiff_ob * (__autodiff_s9 + __autodiff_s9);
                        let __autodiff_ob = __autodiff_b9;
                        __autodiff_b9 = -0.0;
                        __autodiff_b37 += __autodiff_ob;
                        let __autodiff_n51 = (__autodiff_s8 + __autodiff_s8);
                        let __autodiff_n54 = (__autodiff_s7 + __autodiff_s7);
                        let __autodiff_ob = __autodiff_b33;
                        __autodiff_b33 = -0.0;
                        __autodiff_b23 += __autodiff_ob * __autodiff_n54;
                        __autodiff_b29 += __autodiff_ob * __autodiff_n51;
                        __autodiff_b7
                            += __autodiff_ob * (__autodiff_s23 + __autodiff_s23);
                        __autodiff_b8
                            += __autodiff_ob * (__autodiff_s29 + __autodiff_s29);
                        __autodiff_b31 += (-__autodiff_ob);
                        let __autodiff_ob = __autodiff_b37;
                        __autodiff_b37 = -0.0;
                        __autodiff_b36 += __autodiff_ob;
                        __autodiff_b14 += (-__autodiff_ob);
                        let __autodiff_ob = __autodiff_b36;
                        __autodiff_b36 = -0.0;
                        __autodiff_b34 += __autodiff_ob;
                        __autodiff_b35 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b35;
                        __autodiff_b35 = -0.0;
                        __autodiff_b8 += __autodiff_ob * (__autodiff_s8 + __autodiff_s8);
                        let __autodiff_ob = __autodiff_b34;
                        __autodiff_b34 = -0.0;
                        __autodiff_b7 += __autodiff_ob * (__autodiff_s7 + __autodiff_s7);
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b1.add_at(__autodiff_k, __autodiff_b14);
                        __autodiff_b14 = -0.0;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b16.add_at(__autodiff_k, __autodiff_b31);
                        __autodiff_b31 = -0.0;
                        let __autodiff_ob = __autodiff_b8;
                        __autodiff_b8 = -0.0;
                        __autodiff_b30 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b29;
                        __autodiff_b29 = -0.0;
                        __autodiff_b25 += __autodiff_ob;
                        __autodiff_b27 += (-__autodiff_ob);
                        let __autodiff_ob = __autodiff_b30;
                        __autodiff_b30 = -0.0;
                        __autodiff_b12 += __autodiff_ob;
                        __autodiff_b13 += (-__autodiff_ob);
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b0.add_at(__autodiff_k, __autodiff_b13);
                        __autodiff_b13 = -0.0;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b15.add_at(__autodiff_k, __autodiff_b27);
                        __autodiff_b27 = -0.0;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b0.add_at(__autodiff_k, __autodiff_b12);
                        __autodiff_b12 = -0.0;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b15.add_at(__autodiff_k, __autodiff_b25);
                        __autodiff_b25 = -0.0;
                        let __autodiff_ob = __autodiff_b7;
                        __autodiff_b7 = -0.0;
                        __autodiff_b24 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b23;
                        __autodiff_b23 = -0.0;
                        __autodiff_b19 += __autodiff_ob;
                        __autodiff_b21 += (-__autodiff_ob);
                        let __autodiff_ob = __autodiff_b24;
                        __autodiff_b24 = -0.0;
                        __autodiff_b10 += __autodiff_ob;
                        __autodiff_b11 += (-__autodiff_ob);
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b0.add_at(__autodiff_k, __autodiff_b11);
                        __autodiff_b11 = -0.0;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b15.add_at(__autodiff_k, __autodiff_b21);
                        __autodiff_b21 = -0.0;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b0.add_at(__autodiff_k, __autodiff_b10);
                        __autodiff_b10 = -0.0;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b15.add_at(__autodiff_k, __autodiff_b19);
                        __autodiff_b19 = -0.0;
                    }
                }
            }
        }
        __autodiff_b4 = -0.0;
        __autodiff_b18 = -0.0;
        __autodiff_b17 = -0.0;
        __autodiff_b2 = -0.0;
    }
    ((), (), (), ())
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
fn mds_loss__jvp_rfused(
    w: &[f64],
    d: &[f64],
    mut __autodiff_d0_w: ::autodiff::__private::VecTangent<'_, f64>,
    mut __autodiff_d1_d: ::autodiff::__private::VecTangent<'_, f64>,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed0: f64,
    __autodiff_seed1: f64,
    __autodiff_b0: ::autodiff::__private::VecAdjoint<'_, f64>,
    __autodiff_b1: ::autodiff::__private::VecAdjoint<'_, f64>,
    __autodiff_b15: ::autodiff::__private::VecAdjoint<'_, f64>,
    __autodiff_b16: ::autodiff::__private::VecAdjoint<'_, f64>,
) -> ((f64, f64), ((), (), (), ())) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d2___autodiff_out: f64 = 0.0;
    let n = (w.len() / 2);
    let mut __autodiff_d4_loss: f64 = 0.0;
    let mut loss: f64 = 0.0;
    let __autodiff_adjoints = {
        let mut __autodiff_b4: f64 = -0.0;
        let mut __autodiff_b7: f64 = -0.0;
        let mut __autodiff_b8: f64 = -0.0;
        let mut __autodiff_b9: f64 = -0.0;
        let mut __autodiff_b10: f64 = -0.0;
        let mut __autodiff_b11: f64 = -0.0;
        let mut __autodiff_b12: f64 = -0.0;
        let mut __autodiff_b13: f64 = -0.0;
        let mut __autodiff_b14: f64 = -0.0;
        let mut __autodiff_b18: f64 = -0.0;
        let mut __autodiff_b19: f64 = -0.0;
        let mut __autodiff_b21: f64 = -0.0;
        let mut __autodiff_b23: f64 = -0.0;
        let mut __autodiff_b24: f64 = -0.0;
        let mut __autodiff_b25: f64 = -0.0;
        let mut __autodiff_b27: f64 = -0.0;
        let mut __autodiff_b29: f64 = -0.0;
        let mut __autodiff_b30: f64 = -0.0;
        let mut __autodiff_b31: f64 = -0.0;
        let mut __autodiff_b33: f64 = -0.0;
        let mut __autodiff_b34: f64 = -0.0;
        let mut __autodiff_b35: f64 = -0.0;
        let mut __autodiff_b36: f64 = -0.0;
        let mut __autodiff_b37: f64 = -0.0;
        let mut __autodiff_b38: f64 = -0.0;
        let mut __autodiff_b39: f64 = -0.0;
        let mut __autodiff_s7: f64 = 0.0;
        let mut __autodiff_s8: f64 = 0.0;
        let mut __autodiff_s9: f64 = 0.0;
        let mut __autodiff_s23: f64 = 0.0;
        let mut __autodiff_s29: f64 = 0.0;
        let mut __autodiff_s33: f64 = 0.0;
        let mut __autodiff_b2: f64 = __autodiff_seed0;
        let mut __autodiff_b17: f64 = __autodiff_seed1;
        {
            let __autodiff_ob = __autodiff_b2;
            __autodiff_b2 = -0.0;
            __autodiff_b4 += __autodiff_ob;
            let __autodiff_ob = __autodiff_b17;
            __autodiff_b17 = -0.0;
            __autodiff_b18 += __autodiff_ob;
        }
        {
            for i in (0..n) {
                {
                    {
                        let mut __autodiff_sum1 = -0.0;
                        let mut __autodiff_ran1 = false;
                        let mut __autodiff_sum2 = -0.0;
                        let mut __autodiff_ran2 = false;
                        let mut __autodiff_sum3 = -0.0;
                        let mut __autodiff_ran3 = false;
                        let mut __autodiff_sum4 = -0.0;
                        let mut __autodiff_ran4 = false;
                        for j in (0..n) {
                            let mut __autodiff_tape = ::autodiff::__private::IterationTape::<
                                f64,
                                6usize,
                                6usize,
                            >::new();
                            let __autodiff_k20 = (2 * i);
                            let __autodiff_k62 = __autodiff_k20;
                            let mut __autodiff_d10___autodiff_t10: f64 = __autodiff_d0_w
                                .at(__autodiff_k62);
                            let __autodiff_k63 = __autodiff_k20;
                            let __autodiff_t10 = w[__autodiff_k63];
                            let __autodiff_k22 = (2 * j);
                            let __autodiff_k64 = __autodiff_k22;
                            __autodiff_tape.push_control((__autodiff_k64) as usize);
                            let mut __autodiff_d11___autodiff_t11: f64 = __autodiff_d0_w
                                .at(__autodiff_k64);
                            let __autodiff_k65 = __autodiff_k22;
                            __autodiff_tape.push_control((__autodiff_k65) as usize);
                            let __autodiff_t11 = w[__autodiff_k65];
                            let __autodiff_n40 = (__autodiff_t10 - __autodiff_t11);
                            let __autodiff_n24 = __autodiff_n40;
                            let __autodiff_n41 = (-__autodiff_d11___autodiff_t11);
                            let __autodiff_n42 = (__autodiff_d10___autodiff_t10
                                + __autodiff_n41);
                            let mut __autodiff_d7_dx: f64 = __autodiff_n42;
                            let dx: f64 = __autodiff_n24;
                            let __autodiff_k26 = ((2 * i) + 1);
                            let __autodiff_k66 = __autodiff_k26;
                            let mut __autodiff_d12___autodiff_t12: f64 = __autodiff_d0_w
                                .at(__autodiff_k66);
                            let __autodiff_k67 = __autodiff_k26;
                            let __autodiff_t12 = w[__autodiff_k67];
                            let __autodiff_k28 = ((2 * j) + 1);
                            let __autodiff_k68 = __autodiff_k28;
                            __autodiff_tape.push_control((__autodiff_k68) as usize);
                            let mut __autodiff_d13___autodiff_t13: f64 = __autodiff_d0_w
                                .at(__autodiff_k68);
                            let __autodiff_k69 = __autodiff_k28;
                            __autodiff_tape.push_control((__autodiff_k69) as usize);
                            let __autodiff_t13 = w[__autodiff_k69];
                            let __autodiff_n43 = (__autodiff_t12 - __autodiff_t13);
                            let __autodiff_n30 = __autodiff_n43;
                            let __autodiff_n44 = (-__autodiff_d13___autodiff_t13);
                            let __autodiff_n45 = (__autodiff_d12___autodiff_t12
                                + __autodiff_n44);
                            let mut __autodiff_d8_dy: f64 = __autodiff_n45;
                            let dy: f64 = __autodiff_n30;
                            let __autodiff_k32 = ((i * n) + j);
                            let __autodiff_k70 = __autodiff_k32;
                            __autodiff_tape.push_control((__autodiff_k70) as usize);
                            let mut __autodiff_d14___autodiff_t14: f64 = __autodiff_d1_d
                                .at(__autodiff_k70);
                            let __autodiff_k71 = __autodiff_k32;
                            __autodiff_tape.push_control((__autodiff_k71) as usize);
                            let __autodiff_t14 = d[__autodiff_k71];
                            let __autodiff_n46 = (dx * dx);
                            let __autodiff_n34 = __autodiff_n46;
                            let __autodiff_n47 = (dy * dy);
                            let __autodiff_n35 = __autodiff_n47;
                            let __autodiff_n48 = (__autodiff_n34 + __autodiff_n35);
                            let __autodiff_n36 = __autodiff_n48;
                            let __autodiff_n49 = (__autodiff_n36 - __autodiff_t14);
                            let __autodiff_n37 = __autodiff_n49;
                            let __autodiff_n50 = (-__autodiff_d14___autodiff_t14);
                            let __autodiff_n51 = (dy + dy);
                            let __autodiff_n54 = (dx + dx);
                            let __autodiff_n52 = (__autodiff_n51 * __autodiff_d8_dy);
                            let __autodiff_n55 = (__autodiff_n54 * __autodiff_d7_dx);
                            let __autodiff_n53 = (__autodiff_n50 + __autodiff_n52);
                            let __autodiff_n56 = (__autodiff_n53 + __autodiff_n55);
                            let mut __autodiff_d9_r: f64 = __autodiff_n56;
                            let r: f64 = __autodiff_n37;
                            let __autodiff_n57 = (r * r);
                            let __autodiff_n38 = __autodiff_n57;
                            let __autodiff_n58 = (loss + __autodiff_n38);
                            let __autodiff_n39 = __autodiff_n58;
                            let __autodiff_n59 = (r + r);
                            let __autodiff_n60 = (__autodiff_n59 * __autodiff_d9_r);
                            let __autodiff_n61 = (__autodiff_d4_loss + __autodiff_n60);
                            __autodiff_d4_loss = __autodiff_n61;
                            loss = __autodiff_n39;
                            __autodiff_tape.push(__autodiff_d7_dx);
                            __autodiff_tape.push(dx);
                            __autodiff_tape.push(__autodiff_d8_dy);
                            __autodiff_tape.push(dy);
                            __autodiff_tape.push(__autodiff_d9_r);
                            __autodiff_tape.push(r);
                            {
                                __autodiff_s9 = __autodiff_tape.pop();
                                __autodiff_s33 = __autodiff_tape.pop();
                                __autodiff_s8 = __autodiff_tape.pop();
                                __autodiff_s29 = __autodiff_tape.pop();
                                __autodiff_s7 = __autodiff_tape.pop();
                                __autodiff_s23 = __autodiff_tape.pop();
                                let __autodiff_ob = __autodiff_b4;
                                __autodiff_b4 = -0.0;
                                __autodiff_b39 += __autodiff_ob;
                                let __autodiff_n59 = (__autodiff_s9 + __autodiff_s9);
                                let __autodiff_ob = __autodiff_b18;
                                __autodiff_b18 = __autodiff_ob;
                                __autodiff_b33 += __autodiff_ob * __autodiff_n59;
                                __autodiff_b9
                                    += __autodiff_ob * (__autodiff_s33 + __autodiff_s33);
                                let __autodiff_ob = __autodiff_b39;
                                __autodiff_b39 = -0.0;
                                __autodiff_b4 += __autodiff_ob;
                                __autodiff_b38 += __autodiff_ob;
                                let __autodiff_ob = __autodiff_b38;
                                __autodiff_b38 = -0.0;
                                __autodiff_b9
                                    += __autodiff_ob * (__autodiff_s9 + __autodiff_s9);
                                let __autodiff_ob = __autodiff_b9;
                                __autodiff_b9 = -0.0;
                                __autodiff_b37 += __autodiff_ob;
                                let __autodiff_n51 = (__autodiff_s8 + __autodiff_s8);
                                let __autodiff_n54 = (__autodiff_s7 + __autodiff_s7);
                                let __autodiff_ob = __autodiff_b33;
                                __autodiff_b33 = -0.0;
                                __autodiff_b23 += __autodiff_ob * __autodiff_n54;
                                __autodiff_b29 += __autodiff_ob * __autodiff_n51;
                                __autodiff_b7
                                    += __autodiff_ob * (__autodiff_s23 + __autodiff_s23);
                                __autodiff_b8
                                    += __autodiff_ob * (__autodiff_s29 + __autodiff_s29);
                                __autodiff_b31 += (-__autodiff_ob);
                                let __autodiff_ob = __autodiff_b37;
                                __autodiff_b37 = -0.0;
                                __autodiff_b36 += __autodiff_ob;
                                __autodiff_b14 += (-__autodiff_ob);
                                let __autodiff_ob = __autodiff_b36;
                                __autodiff_b36 = -0.0;
                                __autodiff_b34 += __autodiff_ob;
                                __autodiff_b35 += __autodiff_ob;
                                let __autodiff_ob = __autodiff_b35;
                                __autodiff_b35 = -0.0;
                                __autodiff_b8
                                    += __autodiff_ob * (__autodiff_s8 + __autodiff_s8);
                                let __autodiff_ob = __autodiff_b34;
                                __autodiff_b34 = -0.0;
                                __autodiff_b7
                                    += __autodiff_ob * (__autodiff_s7 + __autodiff_s7);
                                let __autodiff_k = __autodiff_tape.pop_control();
                                __autodiff_b1.add_at(__autodiff_k, __autodiff_b14);
                                __autodiff_b14 = -0.0;
                                let __autodiff_k = __autodiff_tape.pop_control();
                                __autodiff_b16.add_at(__autodiff_k, __autodiff_b31);
                                __autodiff_b31 = -0.0;
                                let __autodiff_ob = __autodiff_b8;
                                __autodiff_b8 = -0.0;
                                __autodiff_b30 += __autodiff_ob;
                                let __autodiff_ob = __autodiff_b29;
                                __autodiff_b29 = -0.0;
                                __autodiff_b25 += __autodiff_ob;
                                __autodiff_b27 += (-__autodiff_ob);
                                let __autodiff_ob = __autodiff_b30;
                                __autodiff_b30 = -0.0;
                                __autodiff_b12 += __autodiff_ob;
                                __autodiff_b13 += (-__autodiff_ob);
                                let __autodiff_k = __autodiff_tape.pop_control();
                                __autodiff_b0.add_at(__autodiff_k, __autodiff_b13);
                                __autodiff_b13 = -0.0;
                                let __autodiff_k = __autodiff_tape.pop_control();
                                __autodiff_b15.add_at(__autodiff_k, __autodiff_b27);
                                __autodiff_b27 = -0.0;
                                __autodiff_sum4 += __autodiff_b12;
                                __autodiff_ran4 = true;
                                __autodiff_b12 = -0.0;
                                __autodiff_sum3 += __autodiff_b25;
                                __autodiff_ran3 = true;
                                __autodiff_b25 = -0.0;
                                let __autodiff_ob = __autodiff_b7;
                                __autodiff_b7 = -0.0;
                                __autodiff_b24 += __autodiff_ob;
                                let __autodiff_ob = __autodiff_b23;
                                __autodiff_b23 = -0.0;
                                __autodiff_b19 += __autodiff_ob;
                                __autodiff_b21 += (-__autodiff_ob);
                                let __autodiff_ob = __autodiff_b24;
                                __autodiff_b24 = -0.0;
                                __autodiff_b10 += __autodiff_ob;
                                __autodiff_b11 += (-__autodiff_ob);
                                let __autodiff_k = __autodiff_tape.pop_control();
                                __autodiff_b0.add_at(__autodiff_k, __autodiff_b11);
                                __autodiff_b11 = -0.0;
                                let __autodiff_k = __autodiff_tape.pop_control();
                                __autodiff_b15.add_at(__autodiff_k, __autodiff_b21);
                                __autodiff_b21 = -0.0;
                                __autodiff_sum2 += __autodiff_b10;
                                __autodiff_ran2 = true;
                                __autodiff_b10 = -0.0;
                                __autodiff_sum1 += __autodiff_b19;
                                __autodiff_ran1 = true;
                                __autodiff_b19 = -0.0;
                            }
                        }
                        if __autodiff_ran1 {
                            __autodiff_b15.add_at(((2 * i)) as usize, __autodiff_sum1);
                        }
                        if __autodiff_ran2 {
                            __autodiff_b0.add_at(((2 * i)) as usize, __autodiff_sum2);
                        }
                        if __autodiff_ran3 {
                            __autodiff_b15
                                .add_at((((2 * i) + 1)) as usize, __autodiff_sum3);
                        }
                        if __autodiff_ran4 {
                            __autodiff_b0
                                .add_at((((2 * i) + 1)) as usize, __autodiff_sum4);
                        }
                    }
                }
            }
            __autodiff_b4 = -0.0;
            __autodiff_b18 = -0.0;
            __autodiff_b17 = -0.0;
            __autodiff_b2 = -0.0;
        }
        ((), (), (), ())
    };
    __autodiff_d2___autodiff_out = __autodiff_d4_loss;
    __autodiff_out = loss;
    ((__autodiff_out, __autodiff_d2___autodiff_out), __autodiff_adjoints)
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
fn mds_loss__trace(
    w: &[f64],
    d: &[f64],
    mut __autodiff_o0: ::autodiff::__private::VecTangent<
        '_,
        ::autodiff::__private::Operand,
    >,
    mut __autodiff_o1: ::autodiff::__private::VecTangent<
        '_,
        ::autodiff::__private::Operand,
    >,
    __autodiff_rec: &mut ::autodiff::__private::Recorder,
) -> (f64, ::autodiff::__private::Operand) {
    let mut __autodiff_out: f64;
    let mut __autodiff_o2: ::autodiff::__private::Operand = ::core::default::Default::default();
    let n = (w.len() / 2);
    let mut __autodiff_o4: ::autodiff::__private::Operand = ::autodiff::__private::Operand::Const(
        (0.0) as f64,
    );
    let mut loss: f64 = 0.0;
    for i in (0..n) {
        for j in (0..n) {
            let __autodiff_k20 = (2 * i);
            let mut __autodiff_o10: ::autodiff::__private::Operand = __autodiff_o0
                .at(__autodiff_k20)
                .or_const((w[__autodiff_k20] as f64));
            let __autodiff_t10 = w[__autodiff_k20];
            let __autodiff_k22 = (2 * j);
            let mut __autodiff_o11: ::autodiff::__private::Operand = __autodiff_o0
                .at(__autodiff_k22)
                .or_const((w[__autodiff_k22] as f64));
            let __autodiff_t11 = w[__autodiff_k22];
            let __autodiff_n24 = (__autodiff_t10 - __autodiff_t11);
            let __autodiff_o24 = __autodiff_rec
                .op(
                    "-",
                    &[__autodiff_o10, __autodiff_o11],
                    (__autodiff_n24) as f64,
                    &[(1.0) as f64, ((-1.0)) as f64],
                );
            let mut __autodiff_o7: ::autodiff::__private::Operand = __autodiff_o24;
            let dx: f64 = __autodiff_n24;
            let __autodiff_k27 = ((2 * i) + 1);
            let mut __autodiff_o12: ::autodiff::__private::Operand = __autodiff_o0
                .at(__autodiff_k27)
                .or_const((w[__autodiff_k27] as f64));
            let __autodiff_t12 = w[__autodiff_k27];
            let __autodiff_k29 = ((2 * j) + 1);
            let mut __autodiff_o13: ::autodiff::__private::Operand = __autodiff_o0
                .at(__autodiff_k29)
                .or_const((w[__autodiff_k29] as f64));
            let __autodiff_t13 = w[__autodiff_k29];
            let __autodiff_n31 = (__autodiff_t12 - __autodiff_t13);
            let __autodiff_o31 = __autodiff_rec
                .op(
                    "-",
                    &[__autodiff_o12, __autodiff_o13],
                    (__autodiff_n31) as f64,
                    &[(1.0) as f64, ((-1.0)) as f64],
                );
            let mut __autodiff_o8: ::autodiff::__private::Operand = __autodiff_o31;
            let dy: f64 = __autodiff_n31;
            let __autodiff_k34 = ((i * n) + j);
            let mut __autodiff_o14: ::autodiff::__private::Operand = __autodiff_o1
                .at(__autodiff_k34)
                .or_const((d[__autodiff_k34] as f64));
            let __autodiff_t14 = d[__autodiff_k34];
            let __autodiff_n36 = (dx * dx);
            let __autodiff_n37 = (dy * dy);
            let __autodiff_n38 = (__autodiff_n36 + __autodiff_n37);
            let __autodiff_n39 = (__autodiff_n38 - __autodiff_t14);
            let __autodiff_o36 = __autodiff_rec
                .op(
                    "*",
                    &[__autodiff_o7, __autodiff_o7],
                    (__autodiff_n36) as f64,
                    &[(dx) as f64, (dx) as f64],
                );
            let __autodiff_o37 = __autodiff_rec
                .op(
                    "*",
                    &[__autodiff_o8, __autodiff_o8],
                    (__autodiff_n37) as f64,
                    &[(dy) as f64, (dy) as f64],
                );
            let __autodiff_o38 = __autodiff_rec
                .op(
                    "+",
                    &[__autodiff_o36, __autodiff_o37],
                    (__autodiff_n38) as f64,
                    &[(1.0) as f64, (1.0) as f64],
                );
            let __autodiff_o39 = __autodiff_rec
                .op(
                    "-",
                    &[__autodiff_o38, __autodiff_o14],
                    (__autodiff_n39) as f64,
                    &[(1.0) as f64, ((-1.0)) as f64],
                );
            let mut __autodiff_o9: ::autodiff::__private::Operand = __autodiff_o39;
            let r: f64 = __autodiff_n39;
            let __autodiff_n44 = (r * r);
            let __autodiff_n45 = (loss + __autodiff_n44);
            let __autodiff_o44 = __autodiff_rec
                .op(
                    "*",
                    &[__autodiff_o9, __autodiff_o9],
                    (__autodiff_n44) as f64,
                    &[(r) as f64, (r) as f64],
                );
            let __autodiff_o45 = __autodiff_rec
                .op(
                    "+",
                    &[__autodiff_o4, __autodiff_o44],
                    (__autodiff_n45) as f64,
                    &[(1.0) as f64, (1.0) as f64],
                );
            __autodiff_o4 = __autodiff_o45;
            loss = __autodiff_n45;
        }
    }
    __autodiff_o2 = __autodiff_o4;
    __autodiff_out = loss;
    (__autodiff_out, __autodiff_o2)
}
///Forward mode of `mds_loss` (generated by `#[differentiate]`): returns the value and the directional derivative along one tangent per differentiated parameter. Panics if a tangent's length differs from its vector's.
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
fn mds_loss_jvp(w: &[f64], d: &[f64], dw: &[f64], dd: &[f64]) -> (f64, f64) {
    let _ = mds_loss;
    ::core::assert_eq!(
        dw.len(), w.len(),
        "mds_loss_jvp: the tangent `dw` has length {} but `w` has length {}", dw.len(), w
        .len()
    );
    ::core::assert_eq!(
        dd.len(), d.len(),
        "mds_loss_jvp: the tangent `dd` has length {} but `d` has length {}", dd.len(), d
        .len()
    );
    mds_loss__jvp(
        w,
        d,
        ::autodiff::__private::VecTangent::from(&dw[..]),
        ::autodiff::__private::VecTangent::from(&dd[..]),
    )
}
///Reverse mode of `mds_loss` (generated by `#[differentiate]`): returns the value and `seed` times the partial derivative with respect to each differentiated parameter, in order (an owned vector for a vector parameter).
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
fn mds_loss_vjp(
    w: &[f64],
    d: &[f64],
    seed: f64,
) -> (f64, ::std::vec::Vec<f64>, ::std::vec::Vec<f64>) {
    let _ = mds_loss;
    let mut __autodiff_g_w: ::std::vec::Vec<f64> = ::std::vec![0.0 as f64; w.len()];
    let mut __autodiff_g_d: ::std::vec::Vec<f64> = ::std::vec![0.0 as f64; d.len()];
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        mds_loss__rfused(
            w,
            d,
            __autodiff_tape,
            seed,
            ::autodiff::__private::VecAdjoint::from(&mut __autodiff_g_w[..]),
            ::autodiff::__private::VecAdjoint::from(&mut __autodiff_g_d[..]),
        )
    });
    (__autodiff_value, __autodiff_g_w, __autodiff_g_d)
}
///Gradient of `mds_loss` (generated by `#[differentiate]`): the value and the partial derivative with respect to each differentiated parameter, in order.
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
fn mds_loss_grad(
    w: &[f64],
    d: &[f64],
) -> (f64, ::std::vec::Vec<f64>, ::std::vec::Vec<f64>) {
    let _ = mds_loss;
    mds_loss_vjp(w, d, 1.0)
}
///Reverse mode of `mds_loss` into caller-owned buffers (generated by `#[differentiate]`): adds `seed` times each partial derivative into the `g_` argument of its parameter and returns the value. No allocation: the form for hot loops. Panics if a buffer's length differs from its vector's.
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
fn mds_loss_vjp_into(
    w: &[f64],
    d: &[f64],
    seed: f64,
    g_w: &mut [f64],
    g_d: &mut [f64],
) -> f64 {
    let _ = mds_loss;
    ::core::assert_eq!(
        g_w.len(), w.len(),
        "mds_loss_vjp_into: the adjoint buffer of `w` has length {} but `w` has length {}",
        g_w.len(), w.len()
    );
    ::core::assert_eq!(
        g_d.len(), d.len(),
        "mds_loss_vjp_into: the adjoint buffer of `d` has length {} but `d` has length {}",
        g_d.len(), d.len()
    );
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        mds_loss__rfused(
            w,
            d,
            __autodiff_tape,
            seed,
            ::autodiff::__private::VecAdjoint::from(&mut g_w[..]),
            ::autodiff::__private::VecAdjoint::from(&mut g_d[..]),
        )
    });
    __autodiff_value
}
///Gradient of `mds_loss` into caller-owned buffers (generated by `#[differentiate]`): adds each partial derivative into the `g_` argument of its parameter and returns the value.
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
fn mds_loss_grad_into(w: &[f64], d: &[f64], g_w: &mut [f64], g_d: &mut [f64]) -> f64 {
    let _ = mds_loss;
    mds_loss_vjp_into(w, d, 1.0, g_w, g_d)
}
///Hessian-vector product of `mds_loss` (generated by `#[differentiate]`): the value, the gradient, and the Hessian times the direction given by one `v_` argument per differentiated parameter (reverse mode over forward mode, exact to rounding). Panics if a direction's length differs from its vector's.
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
fn mds_loss_hvp(
    w: &[f64],
    d: &[f64],
    v_w: &[f64],
    v_d: &[f64],
) -> (
    f64,
    ::std::vec::Vec<f64>,
    ::std::vec::Vec<f64>,
    ::std::vec::Vec<f64>,
    ::std::vec::Vec<f64>,
) {
    let _ = mds_loss;
    let mut __autodiff_h_w: ::std::vec::Vec<f64> = ::std::vec![0.0 as f64; w.len()];
    let mut __autodiff_g_w: ::std::vec::Vec<f64> = ::std::vec![0.0 as f64; w.len()];
    let mut __autodiff_h_d: ::std::vec::Vec<f64> = ::std::vec![0.0 as f64; d.len()];
    let mut __autodiff_g_d: ::std::vec::Vec<f64> = ::std::vec![0.0 as f64; d.len()];
    ::core::assert_eq!(
        v_w.len(), w.len(),
        "mds_loss_hvp: the direction `v_w` has length {} but `w` has length {}", v_w
        .len(), w.len()
    );
    ::core::assert_eq!(
        v_d.len(), d.len(),
        "mds_loss_hvp: the direction `v_d` has length {} but `d` has length {}", v_d
        .len(), d.len()
    );
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let ((__autodiff_value, _), __autodiff_adjoints) = mds_loss__jvp_rfused(
            w,
            d,
            ::autodiff::__private::VecTangent::from(&v_w[..]),
            ::autodiff::__private::VecTangent::from(&v_d[..]),
            __autodiff_tape,
            0.0,
            1.0,
            ::autodiff::__private::VecAdjoint::from(&mut __autodiff_h_w[..]),
            ::autodiff::__private::VecAdjoint::from(&mut __autodiff_h_d[..]),
            ::autodiff::__private::VecAdjoint::from(&mut __autodiff_g_w[..]),
            ::autodiff::__private::VecAdjoint::from(&mut __autodiff_g_d[..]),
        );
        (__autodiff_value, __autodiff_adjoints)
    });
    (__autodiff_value, __autodiff_g_w, __autodiff_g_d, __autodiff_h_w, __autodiff_h_d)
}
///Hessian-vector product of `mds_loss` into caller-owned buffers (generated by `#[differentiate]`): adds the gradient into the `g_` argument and the Hessian times the direction (the `v_` arguments) into the `h_` argument of each differentiated parameter, and returns the value. No allocation: the form for hot loops (an inner solve's conjugate gradient). Panics if a direction's or a buffer's length differs from its vector's.
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
fn mds_loss_hvp_into(
    w: &[f64],
    d: &[f64],
    v_w: &[f64],
    v_d: &[f64],
    g_w: &mut [f64],
    g_d: &mut [f64],
    h_w: &mut [f64],
    h_d: &mut [f64],
) -> f64 {
    let _ = mds_loss;
    ::core::assert_eq!(
        v_w.len(), w.len(),
        "mds_loss_hvp_into: the direction `v_w` has length {} but `w` has length {}", v_w
        .len(), w.len()
    );
    ::core::assert_eq!(
        v_d.len(), d.len(),
        "mds_loss_hvp_into: the direction `v_d` has length {} but `d` has length {}", v_d
        .len(), d.len()
    );
    ::core::assert_eq!(
        g_w.len(), w.len(),
        "mds_loss_hvp_into: the gradient buffer of `w` has length {} but `w` has length {}",
        g_w.len(), w.len()
    );
    ::core::assert_eq!(
        h_w.len(), w.len(),
        "mds_loss_hvp_into: the product buffer of `w` has length {} but `w` has length {}",
        h_w.len(), w.len()
    );
    ::core::assert_eq!(
        g_d.len(), d.len(),
        "mds_loss_hvp_into: the gradient buffer of `d` has length {} but `d` has length {}",
        g_d.len(), d.len()
    );
    ::core::assert_eq!(
        h_d.len(), d.len(),
        "mds_loss_hvp_into: the product buffer of `d` has length {} but `d` has length {}",
        h_d.len(), d.len()
    );
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let ((__autodiff_value, _), __autodiff_adjoints) = mds_loss__jvp_rfused(
            w,
            d,
            ::autodiff::__private::VecTangent::from(&v_w[..]),
            ::autodiff::__private::VecTangent::from(&v_d[..]),
            __autodiff_tape,
            0.0,
            1.0,
            ::autodiff::__private::VecAdjoint::from(&mut h_w[..]),
            ::autodiff::__private::VecAdjoint::from(&mut h_d[..]),
            ::autodiff::__private::VecAdjoint::from(&mut g_w[..]),
            ::autodiff::__private::VecAdjoint::from(&mut g_d[..]),
        );
        (__autodiff_value, __autodiff_adjoints)
    });
    __autodiff_value
}
///Hessian of `mds_loss` (generated by `#[differentiate]`) over the differentiated parameters in order (a vector's entries one after the other), one Hessian-vector product per column.
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
fn mds_loss_hessian(
    w: &[f64],
    d: &[f64],
) -> ::autodiff::__private::nalgebra::DMatrix<f64> {
    let _ = mds_loss;
    let mut __autodiff_size: usize = 0;
    let __autodiff_o_w = __autodiff_size;
    __autodiff_size += w.len();
    let mut __autodiff_v_w: ::std::vec::Vec<f64> = ::std::vec![0.0 as f64; w.len()];
    let __autodiff_o_d = __autodiff_size;
    __autodiff_size += d.len();
    let mut __autodiff_v_d: ::std::vec::Vec<f64> = ::std::vec![0.0 as f64; d.len()];
    let mut __autodiff_hessian = ::autodiff::__private::nalgebra::DMatrix::<
        f64,
    >::zeros(__autodiff_size, __autodiff_size);
    for __autodiff_column in 0..__autodiff_size {
        if (__autodiff_o_w..__autodiff_o_w + w.len()).contains(&__autodiff_column) {
            __autodiff_v_w[__autodiff_column - __autodiff_o_w] = 1.0;
        }
        if (__autodiff_o_d..__autodiff_o_d + d.len()).contains(&__autodiff_column) {
            __autodiff_v_d[__autodiff_column - __autodiff_o_d] = 1.0;
        }
        let __autodiff_result = mds_loss_hvp(
            ::core::clone::Clone::clone(&w),
            ::core::clone::Clone::clone(&d),
            &__autodiff_v_w[..],
            &__autodiff_v_d[..],
        );
        for (__autodiff_row, __autodiff_entry) in __autodiff_result.3.iter().enumerate()
        {
            __autodiff_hessian[(__autodiff_o_w + __autodiff_row, __autodiff_column)] = *__autodiff_entry;
        }
        for (__autodiff_row, __autodiff_entry) in __autodiff_result.4.iter().enumerate()
        {
            __autodiff_hessian[(__autodiff_o_d + __autodiff_row, __autodiff_column)] = *__autodiff_entry;
        }
        if (__autodiff_o_w..__autodiff_o_w + w.len()).contains(&__autodiff_column) {
            __autodiff_v_w[__autodiff_column - __autodiff_o_w] = 0.0;
        }
        if (__autodiff_o_d..__autodiff_o_d + d.len()).contains(&__autodiff_column) {
            __autodiff_v_d[__autodiff_column - __autodiff_o_d] = 0.0;
        }
    }
    __autodiff_hessian
}
///Evaluation trace of one call of `mds_loss` (generated by `#[differentiate]`): every elementary operation with its value, tangents and adjoint; `Display` prints Baydin et al.'s tables.
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
fn mds_loss_trace(w: &[f64], d: &[f64]) -> ::autodiff::__private::Trace {
    let _ = mds_loss;
    let mut __autodiff_rec = ::autodiff::__private::Recorder::new();
    let __autodiff_o0: ::std::vec::Vec<::autodiff::__private::Operand> = (0..w.len())
        .map(|k| __autodiff_rec.input(&::std::format!("{}[{}]", "w", k), w[k] as f64))
        .collect();
    let __autodiff_o1: ::std::vec::Vec<::autodiff::__private::Operand> = (0..d.len())
        .map(|k| __autodiff_rec.input(&::std::format!("{}[{}]", "d", k), d[k] as f64))
        .collect();
    let (__autodiff_value, __autodiff_output) = mds_loss__trace(
        w,
        d,
        ::autodiff::__private::VecTangent::from(&__autodiff_o0[..]),
        ::autodiff::__private::VecTangent::from(&__autodiff_o1[..]),
        &mut __autodiff_rec,
    );
    __autodiff_rec.name_output("y");
    __autodiff_rec.finish(__autodiff_value as f64, __autodiff_output)
}
