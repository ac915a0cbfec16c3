pub fn logistic_loss(w: &[f64], features: &[f64], labels: &[f64], lambda: f64) -> f64 {
    let d = w.len();
    let mut loss = 0.0;
    for (i, y) in labels.iter().enumerate() {
        let mut z = 0.0;
        for j in 0..d {
            z += w[j] * features[i * d + j];
        }
        loss += (-y * z).exp().ln_1p();
    }
    let penalty: f64 = w.iter().map(|v| v * v).sum();
    loss / labels.len() as f64 + 0.5 * lambda * penalty
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
pub fn logistic_loss__jvp(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    mut __autodiff_d0_w: ::autodiff::__private::VecTangent<'_, f64>,
    _: (),
    _: (),
    mut __autodiff_d3_lambda: f64,
) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d4___autodiff_out: f64 = 0.0;
    let d = w.len();
    let mut __autodiff_d6_loss: f64 = 0.0;
    let mut loss: f64 = 0.0;
    {
        for __autodiff_i1 in (0..labels.len()) {
            let i = __autodiff_i1;
            let y = labels[__autodiff_i1];
            let mut __autodiff_d10_z: f64 = 0.0;
            let mut z: f64 = 0.0;
            for j in (0..d) {
                let __autodiff_k25 = j;
                let mut __autodiff_d18___autodiff_t18: f64 = __autodiff_d0_w
                    .at(__autodiff_k25);
                let __autodiff_t18 = w[__autodiff_k25];
                let __autodiff_p26 = <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(features[((i * d) + j)]);
                let __autodiff_n27 = (__autodiff_t18 * __autodiff_p26);
                let __autodiff_n28 = (z + __autodiff_n27);
                __autodiff_d10_z = ::autodiff::__private::Barrier::opaque(
                    (__autodiff_d10_z + (__autodiff_p26 * __autodiff_d18___autodiff_t18)),
                );
                z = __autodiff_n28;
            }
            let __autodiff_p29 = <f64 as ::autodiff::__private::FromPassive<
                _,
            >>::from_passive((-y));
            let __autodiff_n30 = (__autodiff_p29 * z);
            let __autodiff_n31 = __autodiff_n30.exp();
            let __autodiff_n32 = __autodiff_n31.ln_1p();
            let __autodiff_n33 = (loss + __autodiff_n32);
            __autodiff_d6_loss = ::autodiff::__private::Barrier::opaque(
                (__autodiff_d6_loss
                    + ((((1.0 / (1.0 + __autodiff_n31)) * __autodiff_n31)
                        * __autodiff_p29) * __autodiff_d10_z)),
            );
            loss = __autodiff_n33;
        }
    }
    let mut __autodiff_t12;
    let mut __autodiff_d12___autodiff_t12: f64 = 0.0;
    {
        let mut __autodiff_d13___autodiff_acc3: f64 = 0.0;
        let mut __autodiff_acc3: f64 = (-0.0);
        for __autodiff_i2 in (0..w.len()) {
            let __autodiff_k37 = __autodiff_i2;
            let mut __autodiff_d15_v: f64 = __autodiff_d0_w.at(__autodiff_k37);
            let v: f64 = w[__autodiff_k37];
            let __autodiff_n39 = (v * v);
            let mut __autodiff_d16___autodiff_item3: f64 = ((v + v) * __autodiff_d15_v);
            let __autodiff_item3: f64 = __autodiff_n39;
            let __autodiff_n40 = (__autodiff_acc3 + __autodiff_item3);
            __autodiff_d13___autodiff_acc3 = ::autodiff::__private::Barrier::opaque(
                (__autodiff_d13___autodiff_acc3 + __autodiff_d16___autodiff_item3),
            );
            __autodiff_acc3 = __autodiff_n40;
        }
        __autodiff_d12___autodiff_t12 = __autodiff_d13___autodiff_acc3;
        __autodiff_t12 = __autodiff_acc3;
    }
    let mut __autodiff_d17_penalty: f64 = __autodiff_d12___autodiff_t12;
    let penalty: f64 = __autodiff_t12;
    let __autodiff_p42 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((labels.len() as f64));
    let __autodiff_n43 = (loss / __autodiff_p42);
    let __autodiff_n44 = (0.5f64 * lambda);
    let __autodiff_n45 = (__autodiff_n44 * penalty);
    let __autodiff_n46 = (__autodiff_n43 + __autodiff_n45);
    __autodiff_d4___autodiff_out = ::autodiff::__private::Barrier::opaque(
        (((__autodiff_n44 * __autodiff_d17_penalty)
            + ((penalty * 0.5f64) * __autodiff_d3_lambda))
            + ((1.0 / __autodiff_p42) * __autodiff_d6_loss)),
    );
    __autodiff_out = ::autodiff::__private::Barrier::opaque(__autodiff_n46);
    (__autodiff_out, __autodiff_d4___autodiff_out)
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
pub fn logistic_loss__fwd(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> f64 {
    let mut __autodiff_out: f64;
    let d = w.len();
    let mut loss: f64 = 0.0;
    {
        let mut __autodiff_count0: usize = 0;
        for __autodiff_i1 in (0..labels.len()) {
            __autodiff_count0 = (__autodiff_count0 + 1);
            let i = __autodiff_i1;
            let y = labels[__autodiff_i1];
            let mut z: f64 = 0.0;
            let mut __autodiff_count1: usize = 0;
            for j in (0..d) {
                __autodiff_count1 = (__autodiff_count1 + 1);
                let __autodiff_k36 = j;
                __autodiff_tape.push_control((__autodiff_k36) as usize);
                let __autodiff_t18 = w[__autodiff_k36];
                let __autodiff_p19 = <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(features[((i * d) + j)]);
                let __autodiff_n20 = (__autodiff_t18 * __autodiff_p19);
                let __autodiff_n21 = (z + __autodiff_n20);
                __autodiff_tape.push(__autodiff_p19);
                z = __autodiff_n21;
            }
            __autodiff_tape.push_control((__autodiff_count1) as usize);
            let __autodiff_p22 = <f64 as ::autodiff::__private::FromPassive<
                _,
            >>::from_passive((-y));
            let __autodiff_n23 = (__autodiff_p22 * z);
            let __autodiff_n24 = __autodiff_n23.exp();
            let __autodiff_n25 = __autodiff_n24.ln_1p();
            let __autodiff_n26 = (loss + __autodiff_n25);
            __autodiff_tape.push(__autodiff_p22);
            __autodiff_tape.push(__autodiff_n24);
            loss = __autodiff_n26;
        }
        __autodiff_tape.push_control((__autodiff_count0) as usize);
    }
    let mut __autodiff_t12;
    {
        let mut __autodiff_acc3: f64 = (-0.0);
        let mut __autodiff_count2: usize = 0;
        for __autodiff_i2 in (0..w.len()) {
            __autodiff_count2 = (__autodiff_count2 + 1);
            let __autodiff_k38 = __autodiff_i2;
            __autodiff_tape.push_control((__autodiff_k38) as usize);
            let v: f64 = w[__autodiff_k38];
            let __autodiff_n27 = (v * v);
            let __autodiff_item3: f64 = __autodiff_n27;
            let __autodiff_n28 = (__autodiff_acc3 + __autodiff_item3);
            __autodiff_acc3 = __autodiff_n28;
            __autodiff_tape.push(v);
        }
        __autodiff_tape.push_control((__autodiff_count2) as usize);
        __autodiff_t12 = __autodiff_acc3;
    }
    let penalty: f64 = __autodiff_t12;
    let __autodiff_p29 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((labels.len() as f64));
    let __autodiff_n30 = (loss / __autodiff_p29);
    let __autodiff_n31 = (0.5f64 * lambda);
    let __autodiff_n32 = (__autodiff_n31 * penalty);
    let __autodiff_n33 = (__autodiff_n30 + __autodiff_n32);
    __autodiff_tape.push(__autodiff_p29);
    __autodiff_out = __autodiff_n33;
    __autodiff_tape.push(penalty);
    __autodiff_tape.push(lambda);
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
pub fn logistic_loss__bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed: f64,
    __autodiff_b0: ::autodiff::__private::VecAdjoint<'_, f64>,
    _: (),
    _: (),
    mut __autodiff_b3: f64,
) -> ((), (), (), f64) {
    let mut __autodiff_b6: f64 = -0.0;
    let mut __autodiff_b10: f64 = -0.0;
    let mut __autodiff_b12: f64 = -0.0;
    let mut __autodiff_b13: f64 = -0.0;
    let mut __autodiff_b15: f64 = -0.0;
    let mut __autodiff_b16: f64 = -0.0;
    let mut __autodiff_b17: f64 = -0.0;
    let mut __autodiff_b18: f64 = -0.0;
    let mut __autodiff_s3: f64 = 0.0;
    let mut __autodiff_s15: f64 = 0.0;
    let mut __autodiff_s17: f64 = 0.0;
    let mut __autodiff_b4: f64 = __autodiff_seed;
    __autodiff_s3 = __autodiff_tape.pop();
    {
        __autodiff_s17 = __autodiff_tape.pop();
        let __autodiff_p29: f64 = __autodiff_tape.pop();
        let __autodiff_n31 = (0.5f64 * __autodiff_s3);
        let __autodiff_ob = __autodiff_b4;
        __autodiff_b4 = -0.0;
        __autodiff_b17 += __autodiff_ob * __autodiff_n31;
        __autodiff_b3 += __autodiff_ob * (__autodiff_s17 * 0.5f64);
        __autodiff_b6 += __autodiff_ob * (1.0 / __autodiff_p29);
        let __autodiff_ob = __autodiff_b17;
        __autodiff_b17 = -0.0;
        __autodiff_b12 += __autodiff_ob;
        {
            let __autodiff_ob = __autodiff_b12;
            __autodiff_b12 = -0.0;
            __autodiff_b13 += __autodiff_ob;
            let mut __autodiff_trips2: usize = __autodiff_tape.pop_control();
            while ::autodiff::__private::next_trip(&mut __autodiff_trips2) {
                {
                    __autodiff_s15 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b13;
                    __autodiff_b13 = __autodiff_ob;
                    __autodiff_b16 += __autodiff_ob;
                    let __autodiff_ob = __autodiff_b16;
                    __autodiff_b16 = -0.0;
                    __autodiff_b15 += __autodiff_ob * (__autodiff_s15 + __autodiff_s15);
                    let __autodiff_k = __autodiff_tape.pop_control();
                    __autodiff_b0.add_at(__autodiff_k, __autodiff_b15);
                    __autodiff_b15 = -0.0;
                }
            }
            __autodiff_b13 = -0.0;
        }
        __autodiff_b12 = -0.0;
        {
            let mut __autodiff_trips0: usize = __autodiff_tape.pop_control();
            while ::autodiff::__private::next_trip(&mut __autodiff_trips0) {
                {
                    let __autodiff_n24: f64 = __autodiff_tape.pop();
                    let __autodiff_p22: f64 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b6;
                    __autodiff_b6 = __autodiff_ob;
                    __autodiff_b10
                        += __autodiff_ob
                            * (((1.0 / (1.0 + __autodiff_n24)) * __autodiff_n24)
                                * __autodiff_p22);
                    let mut __autodiff_trips1: usize = __autodiff_tape.pop_control();
                    while ::autodiff::__private::next_trip(&mut __autodiff_trips1) {
                        {
                            let __autodiff_p19: f64 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b10;
                            __autodiff_b10 = __autodiff_ob;
                            __autodiff_b18 += __autodiff_ob * __autodiff_p19;
                            let __autodiff_k = __autodiff_tape.pop_control();
                            __autodiff_b0.add_at(__autodiff_k, __autodiff_b18);
                            __autodiff_b18 = -0.0;
                        }
                    }
                    __autodiff_b10 = -0.0;
                }
            }
        }
        __autodiff_b6 = -0.0;
        __autodiff_b4 = -0.0;
    }
    ((), (), (), __autodiff_b3)
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
pub fn logistic_loss__jvp_fwd(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    mut __autodiff_d0_w: ::autodiff::__private::VecTangent<'_, f64>,
    _: (),
    _: (),
    mut __autodiff_d3_lambda: f64,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d4___autodiff_out: f64 = 0.0;
    let d = w.len();
    let mut __autodiff_d6_loss: f64 = 0.0;
    let mut loss: f64 = 0.0;
    {
        let mut __autodiff_count0: usize = 0;
        for __autodiff_i1 in (0..labels.len()) {
            __autodiff_count0 = (__autodiff_count0 + 1);
            let i = __autodiff_i1;
            let y = labels[__autodiff_i1];
            let mut __autodiff_d10_z: f64 = 0.0;
            let mut z: f64 = 0.0;
            let mut __autodiff_count1: usize = 0;
            for j in (0..d) {
                __autodiff_count1 = (__autodiff_count1 + 1);
                let __autodiff_k25 = j;
                let __autodiff_k82 = __autodiff_k25;
                __autodiff_tape.push_control((__autodiff_k82) as usize);
                let mut __autodiff_d18___autodiff_t18: f64 = __autodiff_d0_w
                    .at(__autodiff_k82);
                let __autodiff_k83 = __autodiff_k25;
                __autodiff_tape.push_control((__autodiff_k83) as usize);
                let __autodiff_t18 = w[__autodiff_k83];
                let __autodiff_p26 = <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(features[((i * d) + j)]);
                let __autodiff_n49 = (__autodiff_t18
                    * <f64 as ::autodiff::__private::FromPassive<
                        _,
                    >>::from_passive(__autodiff_p26));
                let __autodiff_n27 = __autodiff_n49;
                let __autodiff_n50 = (z + __autodiff_n27);
                let __autodiff_n28 = __autodiff_n50;
                let __autodiff_n51 = (<f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(__autodiff_p26) * __autodiff_d18___autodiff_t18);
                let __autodiff_n52 = (__autodiff_d10_z + __autodiff_n51);
                __autodiff_tape.push(__autodiff_d10_z);
                __autodiff_d10_z = __autodiff_n52;
                z = __autodiff_n28;
                __autodiff_tape
                    .push(
                        <f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(__autodiff_p26),
                    );
            }
            __autodiff_tape.push_control((__autodiff_count1) as usize);
            let __autodiff_p29 = <f64 as ::autodiff::__private::FromPassive<
                _,
            >>::from_passive((-y));
            let __autodiff_n53 = (<f64 as ::autodiff::__private::FromPassive<
                _,
            >>::from_passive(__autodiff_p29) * z);
            let __autodiff_n30 = __autodiff_n53;
            let __autodiff_n54 = __autodiff_n30.exp();
            __autodiff_tape.push(__autodiff_n54);
            let __autodiff_n31 = __autodiff_n54;
            let __autodiff_n55 = __autodiff_n31.ln_1p();
            let __autodiff_n32 = __autodiff_n55;
            let __autodiff_n56 = (loss + __autodiff_n32);
            let __autodiff_n33 = __autodiff_n56;
            let __autodiff_n57 = (1f64 + __autodiff_n31);
            let __autodiff_n58 = (1f64 / __autodiff_n57);
            let __autodiff_n59 = (__autodiff_n58 * __autodiff_n31);
            let __autodiff_n60 = (__autodiff_n59
                * <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(__autodiff_p29));
            let __autodiff_n61 = (__autodiff_n60 * __autodiff_d10_z);
            let __autodiff_n62 = (__autodiff_d6_loss + __autodiff_n61);
            __autodiff_d6_loss = __autodiff_n62;
            loss = __autodiff_n33;
            __autodiff_tape.push(__autodiff_d10_z);
            __autodiff_tape
                .push(
                    <f64 as ::autodiff::__private::FromPassive<
                        _,
                    >>::from_passive(__autodiff_p29),
                );
            __autodiff_tape.push(__autodiff_n31);
        }
        __autodiff_tape.push_control((__autodiff_count0) as usize);
    }
    let mut __autodiff_t12;
    let mut __autodiff_d12___autodiff_t12: f64 = 0.0;
    {
        let mut __autodiff_d13___autodiff_acc3: f64 = 0.0;
        let mut __autodiff_acc3: f64 = (-0.0);
        let mut __autodiff_count2: usize = 0;
        for __autodiff_i2 in (0..w.len()) {
            __autodiff_count2 = (__autodiff_count2 + 1);
            let __autodiff_k37 = __autodiff_i2;
            let __autodiff_k85 = __autodiff_k37;
            __autodiff_tape.push_control((__autodiff_k85) as usize);
            let mut __autodiff_d15_v: f64 = __autodiff_d0_w.at(__autodiff_k85);
            let __autodiff_k86 = __autodiff_k37;
            __autodiff_tape.push_control((__autodiff_k86) as usize);
            let v: f64 = w[__autodiff_k86];
            let __autodiff_n64 = (v * v);
            let __autodiff_n39 = __autodiff_n64;
            let __autodiff_n65 = (v + v);
            let __autodiff_n66 = (__autodiff_n65 * __autodiff_d15_v);
            let mut __autodiff_d16___autodiff_item3: f64 = __autodiff_n66;
            let __autodiff_item3: f64 = __autodiff_n39;
            let __autodiff_n67 = (__autodiff_acc3 + __autodiff_item3);
            let __autodiff_n40 = __autodiff_n67;
            let __autodiff_n68 = (__autodiff_d13___autodiff_acc3
                + __autodiff_d16___autodiff_item3);
            __autodiff_d13___autodiff_acc3 = __autodiff_n68;
            __autodiff_acc3 = __autodiff_n40;
            __autodiff_tape.push(__autodiff_d15_v);
            __autodiff_tape.push(v);
        }
        __autodiff_tape.push_control((__autodiff_count2) as usize);
        __autodiff_d12___autodiff_t12 = __autodiff_d13___autodiff_acc3;
        __autodiff_t12 = __autodiff_acc3;
    }
    let mut __autodiff_d17_penalty: f64 = __autodiff_d12___autodiff_t12;
    let penalty: f64 = __autodiff_t12;
    let __autodiff_p42 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((labels.len() as f64));
    let __autodiff_n69 = (loss
        / <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(__autodiff_p42));
    let __autodiff_n43 = __autodiff_n69;
    let __autodiff_n70 = (0.5f64 * lambda);
    let __autodiff_n44 = __autodiff_n70;
    let __autodiff_n71 = (__autodiff_n44 * penalty);
    let __autodiff_n45 = __autodiff_n71;
    let __autodiff_n72 = (__autodiff_n43 + __autodiff_n45);
    let __autodiff_n46 = __autodiff_n72;
    let __autodiff_p77 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((1.0 / __autodiff_p42));
    let __autodiff_n73 = (__autodiff_n44 * __autodiff_d17_penalty);
    let __autodiff_n74 = (penalty * 0.5f64);
    let __autodiff_n78 = (__autodiff_p77 * __autodiff_d6_loss);
    let __autodiff_n75 = (__autodiff_n74 * __autodiff_d3_lambda);
    let __autodiff_n76 = (__autodiff_n73 + __autodiff_n75);
    let __autodiff_n79 = (__autodiff_n76 + __autodiff_n78);
    __autodiff_tape.push(__autodiff_p77);
    __autodiff_d4___autodiff_out = __autodiff_n79;
    __autodiff_out = __autodiff_n46;
    __autodiff_tape.push(__autodiff_d17_penalty);
    __autodiff_tape.push(penalty);
    __autodiff_tape
        .push(
            <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(__autodiff_p42),
        );
    __autodiff_tape.push(__autodiff_n44);
    __autodiff_tape.push(__autodiff_d3_lambda);
    (__autodiff_out, __autodiff_d4___autodiff_out)
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
pub fn logistic_loss__jvp_bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed0: f64,
    __autodiff_seed1: f64,
    __autodiff_b0: ::autodiff::__private::VecAdjoint<'_, f64>,
    _: (),
    _: (),
    mut __autodiff_b3: f64,
    __autodiff_b19: ::autodiff::__private::VecAdjoint<'_, f64>,
    _: (),
    _: (),
    mut __autodiff_b20: f64,
) -> ((), (), (), f64, (), (), (), f64) {
    let mut __autodiff_b6: f64 = -0.0;
    let mut __autodiff_b10: f64 = -0.0;
    let mut __autodiff_b12: f64 = -0.0;
    let mut __autodiff_b13: f64 = -0.0;
    let mut __autodiff_b15: f64 = -0.0;
    let mut __autodiff_b16: f64 = -0.0;
    let mut __autodiff_b17: f64 = -0.0;
    let mut __autodiff_b18: f64 = -0.0;
    let mut __autodiff_b22: f64 = -0.0;
    let mut __autodiff_b23: f64 = -0.0;
    let mut __autodiff_b24: f64 = -0.0;
    let mut __autodiff_b27: f64 = -0.0;
    let mut __autodiff_b28: f64 = -0.0;
    let mut __autodiff_b30: f64 = -0.0;
    let mut __autodiff_b31: f64 = -0.0;
    let mut __autodiff_b32: f64 = -0.0;
    let mut __autodiff_b33: f64 = -0.0;
    let mut __autodiff_b34: f64 = -0.0;
    let mut __autodiff_b35: f64 = -0.0;
    let mut __autodiff_b36: f64 = -0.0;
    let mut __autodiff_b38: f64 = -0.0;
    let mut __autodiff_b39: f64 = -0.0;
    let mut __autodiff_b40: f64 = -0.0;
    let mut __autodiff_b41: f64 = -0.0;
    let mut __autodiff_b43: f64 = -0.0;
    let mut __autodiff_b44: f64 = -0.0;
    let mut __autodiff_b45: f64 = -0.0;
    let mut __autodiff_b46: f64 = -0.0;
    let mut __autodiff_s15: f64 = 0.0;
    let mut __autodiff_s17: f64 = 0.0;
    let mut __autodiff_s20: f64 = 0.0;
    let mut __autodiff_s23: f64 = 0.0;
    let mut __autodiff_s26: f64 = 0.0;
    let mut __autodiff_s29: f64 = 0.0;
    let mut __autodiff_s31: f64 = 0.0;
    let mut __autodiff_s36: f64 = 0.0;
    let mut __autodiff_s41: f64 = 0.0;
    let mut __autodiff_s42: f64 = 0.0;
    let mut __autodiff_s44: f64 = 0.0;
    let mut __autodiff_b4: f64 = __autodiff_seed0;
    let mut __autodiff_b21: f64 = __autodiff_seed1;
    __autodiff_s20 = __autodiff_tape.pop();
    {
        __autodiff_s44 = __autodiff_tape.pop();
        __autodiff_s42 = __autodiff_tape.pop();
        __autodiff_s17 = __autodiff_tape.pop();
        __autodiff_s41 = __autodiff_tape.pop();
        let __autodiff_ob = __autodiff_b4;
        __autodiff_b4 = -0.0;
        __autodiff_b46 += __autodiff_ob;
        let __autodiff_p77: f64 = __autodiff_tape.pop();
        let __autodiff_n74 = (__autodiff_s17 * 0.5f64);
        let __autodiff_ob = __autodiff_b21;
        __autodiff_b21 = -0.0;
        __autodiff_b20 += __autodiff_ob * __autodiff_n74;
        __autodiff_b22 += __autodiff_ob * __autodiff_p77;
        __autodiff_b17 += __autodiff_ob * (__autodiff_s20 * 0.5f64);
        __autodiff_b44 += __autodiff_ob * __autodiff_s41;
        __autodiff_b41 += __autodiff_ob * __autodiff_s44;
        let __autodiff_ob = __autodiff_b46;
        __autodiff_b46 = -0.0;
        __autodiff_b43 += __autodiff_ob;
        __autodiff_b45 += __autodiff_ob;
        let __autodiff_ob = __autodiff_b45;
        __autodiff_b45 = -0.0;
        __autodiff_b44 += __autodiff_ob * __autodiff_s17;
        __autodiff_b17 += __autodiff_ob * __autodiff_s44;
        let __autodiff_ob = __autodiff_b44;
        __autodiff_b44 = -0.0;
        __autodiff_b3 += __autodiff_ob * 0.5f64;
        let __autodiff_ob = __autodiff_b43;
        __autodiff_b43 = -0.0;
        __autodiff_b6
            += __autodiff_ob
                * (1.0
                    / <f64 as ::autodiff::__private::FromPassive<
                        _,
                    >>::from_passive(__autodiff_s42));
        let __autodiff_ob = __autodiff_b17;
        __autodiff_b17 = -0.0;
        __autodiff_b12 += __autodiff_ob;
        let __autodiff_ob = __autodiff_b41;
        __autodiff_b41 = -0.0;
        __autodiff_b34 += __autodiff_ob;
        {
            let __autodiff_ob = __autodiff_b12;
            __autodiff_b12 = -0.0;
            __autodiff_b13 += __autodiff_ob;
            let __autodiff_ob = __autodiff_b34;
            __autodiff_b34 = -0.0;
            __autodiff_b35 += __autodiff_ob;
            let mut __autodiff_trips2: usize = __autodiff_tape.pop_control();
            while ::autodiff::__private::next_trip(&mut __autodiff_trips2) {
                {
                    __autodiff_s15 = __autodiff_tape.pop();
                    __autodiff_s36 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b13;
                    __autodiff_b13 = -0.0;
                    __autodiff_b40 += __autodiff_ob;
                    let __autodiff_ob = __autodiff_b35;
                    __autodiff_b35 = __autodiff_ob;
                    __autodiff_b38 += __autodiff_ob;
                    let __autodiff_ob = __autodiff_b40;
                    __autodiff_b40 = -0.0;
                    __autodiff_b13 += __autodiff_ob;
                    __autodiff_b16 += __autodiff_ob;
                    let __autodiff_ob = __autodiff_b16;
                    __autodiff_b16 = -0.0;
                    __autodiff_b39 += __autodiff_ob;
                    let __autodiff_n65 = (__autodiff_s15 + __autodiff_s15);
                    let __autodiff_ob = __autodiff_b38;
                    __autodiff_b38 = -0.0;
                    __autodiff_b36 += __autodiff_ob * __autodiff_n65;
                    __autodiff_b15 += __autodiff_ob * (__autodiff_s36 + __autodiff_s36);
                    let __autodiff_ob = __autodiff_b39;
                    __autodiff_b39 = -0.0;
                    __autodiff_b15 += __autodiff_ob * (__autodiff_s15 + __autodiff_s15);
                    let __autodiff_k = __autodiff_tape.pop_control();
                    __autodiff_b0.add_at(__autodiff_k, __autodiff_b15);
                    __autodiff_b15 = -0.0;
                    let __autodiff_k = __autodiff_tape.pop_control();
                    __autodiff_b19.add_at(__autodiff_k, __autodiff_b36);
                    __autodiff_b36 = -0.0;
                }
            }
            __autodiff_b13 = -0.0;
            __autodiff_b35 = -0.0;
        }
        __autodiff_b34 = -0.0;
        __autodiff_b12 = -0.0;
        {
            let mut __autodiff_trips0: usize = __autodiff_tape.pop_control();
            while ::autodiff::__private::next_trip(&mut __autodiff_trips0) {
                {
                    __autodiff_s31 = __autodiff_tape.pop();
                    __autodiff_s29 = __autodiff_tape.pop();
                    __autodiff_s23 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b6;
                    __autodiff_b6 = -0.0;
                    __autodiff_b33 += __autodiff_ob;
                    let __autodiff_n57 = (1f64 + __autodiff_s31);
                    let __autodiff_n58 = (1f64 / __autodiff_n57);
                    let __autodiff_n59 = (__autodiff_n58 * __autodiff_s31);
                    let __autodiff_n60 = (__autodiff_n59
                        * <f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(__autodiff_s29));
                    let __autodiff_a63 = (__autodiff_s23
                        * <f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(__autodiff_s29));
                    let __autodiff_ob = __autodiff_b22;
                    __autodiff_b22 = __autodiff_ob;
                    __autodiff_b23 += __autodiff_ob * __autodiff_n60;
                    __autodiff_b31
                        += __autodiff_ob
                            * ((__autodiff_a63 * __autodiff_n58)
                                + ((__autodiff_a63 * __autodiff_s31)
                                    * (-(__autodiff_n58 / __autodiff_n57))));
                    let __autodiff_ob = __autodiff_b33;
                    __autodiff_b33 = -0.0;
                    __autodiff_b6 += __autodiff_ob;
                    __autodiff_b32 += __autodiff_ob;
                    let __autodiff_ob = __autodiff_b32;
                    __autodiff_b32 = -0.0;
                    __autodiff_b31 += __autodiff_ob * (1.0 / (1.0 + __autodiff_s31));
                    let __autodiff_n54: f64 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b31;
                    __autodiff_b31 = -0.0;
                    __autodiff_b30 += __autodiff_ob * __autodiff_n54;
                    let __autodiff_ob = __autodiff_b30;
                    __autodiff_b30 = -0.0;
                    __autodiff_b10
                        += __autodiff_ob
                            * <f64 as ::autodiff::__private::FromPassive<
                                _,
                            >>::from_passive(__autodiff_s29);
                    let mut __autodiff_trips1: usize = __autodiff_tape.pop_control();
                    while ::autodiff::__private::next_trip(&mut __autodiff_trips1) {
                        {
                            __autodiff_s26 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b10;
                            __autodiff_b10 = -0.0;
                            __autodiff_b28 += __autodiff_ob;
                            __autodiff_s23 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b23;
                            __autodiff_b23 = __autodiff_ob;
                            __autodiff_b24
                                += __autodiff_ob
                                    * <f64 as ::autodiff::__private::FromPassive<
                                        _,
                                    >>::from_passive(__autodiff_s26);
                            let __autodiff_ob = __autodiff_b28;
                            __autodiff_b28 = -0.0;
                            __autodiff_b10 += __autodiff_ob;
                            __autodiff_b27 += __autodiff_ob;
                            let __autodiff_ob = __autodiff_b27;
                            __autodiff_b27 = -0.0;
                            __autodiff_b18
                                += __autodiff_ob
                                    * <f64 as ::autodiff::__private::FromPassive<
                                        _,
                                    >>::from_passive(__autodiff_s26);
                            let __autodiff_k = __autodiff_tape.pop_control();
                            __autodiff_b0.add_at(__autodiff_k, __autodiff_b18);
                            __autodiff_b18 = -0.0;
                            let __autodiff_k = __autodiff_tape.pop_control();
                            __autodiff_b19.add_at(__autodiff_k, __autodiff_b24);
                            __autodiff_b24 = -0.0;
                        }
                    }
                    __autodiff_b10 = -0.0;
                    __autodiff_b23 = -0.0;
                }
            }
        }
        __autodiff_b6 = -0.0;
        __autodiff_b22 = -0.0;
        __autodiff_b21 = -0.0;
        __autodiff_b4 = -0.0;
    }
    ((), (), (), __autodiff_b3, (), (), (), __autodiff_b20)
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
pub fn logistic_loss__trace(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    mut __autodiff_o0: ::autodiff::__private::VecTangent<
        '_,
        ::autodiff::__private::Operand,
    >,
    _: (),
    _: (),
    mut __autodiff_o3: ::autodiff::__private::Operand,
    __autodiff_rec: &mut ::autodiff::__private::Recorder,
) -> (f64, ::autodiff::__private::Operand) {
    __autodiff_o3 = __autodiff_o3.or_const((lambda as f64));
    let mut __autodiff_out: f64;
    let mut __autodiff_o4: ::autodiff::__private::Operand = ::core::default::Default::default();
    let d = w.len();
    let mut __autodiff_o6: ::autodiff::__private::Operand = ::autodiff::__private::Operand::Const(
        (0.0) as f64,
    );
    let mut loss: f64 = 0.0;
    {
        for __autodiff_i1 in (0..labels.len()) {
            let i = __autodiff_i1;
            let y = labels[__autodiff_i1];
            let mut __autodiff_o10: ::autodiff::__private::Operand = ::autodiff::__private::Operand::Const(
                (0.0) as f64,
            );
            let mut z: f64 = 0.0;
            for j in (0..d) {
                let __autodiff_k25 = j;
                let mut __autodiff_o18: ::autodiff::__private::Operand = __autodiff_o0
                    .at(__autodiff_k25)
                    .or_const((w[__autodiff_k25] as f64));
                let __autodiff_t18 = w[__autodiff_k25];
                let __autodiff_p26 = <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(features[((i * d) + j)]);
                let __autodiff_n27 = (__autodiff_t18 * __autodiff_p26);
                let __autodiff_n28 = (z + __autodiff_n27);
                let __autodiff_o27 = __autodiff_rec
                    .op(
                        "*",
                        &[
                            __autodiff_o18,
                            ::autodiff::__private::Operand::Const(
                                (__autodiff_p26) as f64,
                            ),
                        ],
                        (__autodiff_n27) as f64,
                        &[(__autodiff_p26) as f64, (__autodiff_t18) as f64],
                    );
                let __autodiff_o28 = __autodiff_rec
                    .op(
                        "+",
                        &[__autodiff_o10, __autodiff_o27],
                        (__autodiff_n28) as f64,
                        &[(1.0) as f64, (1.0) as f64],
                    );
                __autodiff_o10 = __autodiff_o28;
                z = __autodiff_n28;
            }
            let __autodiff_p31 = <f64 as ::autodiff::__private::FromPassive<
                _,
            >>::from_passive((-y));
            let __autodiff_n32 = (__autodiff_p31 * z);
            let __autodiff_n33 = __autodiff_n32.exp();
            let __autodiff_n34 = __autodiff_n33.ln_1p();
            let __autodiff_n35 = (loss + __autodiff_n34);
            let __autodiff_o32 = __autodiff_rec
                .op(
                    "*",
                    &[
                        ::autodiff::__private::Operand::Const((__autodiff_p31) as f64),
                        __autodiff_o10,
                    ],
                    (__autodiff_n32) as f64,
                    &[(z) as f64, (__autodiff_p31) as f64],
                );
            let __autodiff_o33 = __autodiff_rec
                .op(
                    "exp",
                    &[__autodiff_o32],
                    (__autodiff_n33) as f64,
                    &[(__autodiff_n33) as f64],
                );
            let __autodiff_o34 = __autodiff_rec
                .op(
                    "ln_1p",
                    &[__autodiff_o33],
                    (__autodiff_n34) as f64,
                    &[((1.0 / (1.0 + __autodiff_n33))) as f64],
                );
            let __autodiff_o35 = __autodiff_rec
                .op(
                    "+",
                    &[__autodiff_o6, __autodiff_o34],
                    (__autodiff_n35) as f64,
                    &[(1.0) as f64, (1.0) as f64],
                );
            __autodiff_o6 = __autodiff_o35;
            loss = __autodiff_n35;
        }
    }
    let mut __autodiff_t12;
    let mut __autodiff_o12: ::autodiff::__private::Operand = ::core::default::Default::default();
    {
        let mut __autodiff_o13: ::autodiff::__private::Operand = ::autodiff::__private::Operand::Const(
            ((-0.0)) as f64,
        );
        let mut __autodiff_acc3: f64 = (-0.0);
        for __autodiff_i2 in (0..w.len()) {
            let __autodiff_k43 = __autodiff_i2;
            let mut __autodiff_o15: ::autodiff::__private::Operand = __autodiff_o0
                .at(__autodiff_k43)
                .or_const((w[__autodiff_k43] as f64));
            let v: f64 = w[__autodiff_k43];
            let __autodiff_n45 = (v * v);
            let __autodiff_o45 = __autodiff_rec
                .op(
                    "*",
                    &[__autodiff_o15, __autodiff_o15],
                    (__autodiff_n45) as f64,
                    &[(v) as f64, (v) as f64],
                );
            let mut __autodiff_o16: ::autodiff::__private::Operand = __autodiff_o45;
            let __autodiff_item3: f64 = __autodiff_n45;
            let __autodiff_n47 = (__autodiff_acc3 + __autodiff_item3);
            let __autodiff_o47 = __autodiff_rec
                .op(
                    "+",
                    &[__autodiff_o13, __autodiff_o16],
                    (__autodiff_n47) as f64,
                    &[(1.0) as f64, (1.0) as f64],
                );
            __autodiff_o13 = __autodiff_o47;
            __autodiff_acc3 = __autodiff_n47;
        }
        __autodiff_o12 = __autodiff_o13;
        __autodiff_t12 = __autodiff_acc3;
    }
    let mut __autodiff_o17: ::autodiff::__private::Operand = __autodiff_o12;
    let penalty: f64 = __autodiff_t12;
    let __autodiff_p50 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((labels.len() as f64));
    let __autodiff_n51 = (loss / __autodiff_p50);
    let __autodiff_n52 = (0.5f64 * lambda);
    let __autodiff_n53 = (__autodiff_n52 * penalty);
    let __autodiff_n54 = (__autodiff_n51 + __autodiff_n53);
    let __autodiff_o51 = __autodiff_rec
        .op(
            "/",
            &[
                __autodiff_o6,
                ::autodiff::__private::Operand::Const((__autodiff_p50) as f64),
            ],
            (__autodiff_n51) as f64,
            &[
                ((1.0 / __autodiff_p50)) as f64,
                ((-(__autodiff_n51 / __autodiff_p50))) as f64,
            ],
        );
    let __autodiff_o52 = __autodiff_rec
        .op(
            "*",
            &[::autodiff::__private::Operand::Const((0.5f64) as f64), __autodiff_o3],
            (__autodiff_n52) as f64,
            &[(lambda) as f64, (0.5f64) as f64],
        );
    let __autodiff_o53 = __autodiff_rec
        .op(
            "*",
            &[__autodiff_o52, __autodiff_o17],
            (__autodiff_n53) as f64,
            &[(penalty) as f64, (__autodiff_n52) as f64],
        );
    let __autodiff_o54 = __autodiff_rec
        .op(
            "+",
            &[__autodiff_o51, __autodiff_o53],
            (__autodiff_n54) as f64,
            &[(1.0) as f64, (1.0) as f64],
        );
    __autodiff_o4 = __autodiff_o54;
    __autodiff_out = __autodiff_n54;
    (__autodiff_out, __autodiff_o4)
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
pub fn logistic_loss__wrt_jvp(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    mut __autodiff_d0_w: ::autodiff::__private::VecTangent<'_, f64>,
    _: (),
    _: (),
    _: f64,
) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d4___autodiff_out: f64 = 0.0;
    let d = w.len();
    let mut __autodiff_d6_loss: f64 = 0.0;
    let mut loss: f64 = 0.0;
    {
        for __autodiff_i1 in (0..labels.len()) {
            let i = __autodiff_i1;
            let y = labels[__autodiff_i1];
            let mut __autodiff_d10_z: f64 = 0.0;
            let mut z: f64 = 0.0;
            for j in (0..d) {
                let __autodiff_k24 = j;
                let mut __autodiff_d18___autodiff_t18: f64 = __autodiff_d0_w
                    .at(__autodiff_k24);
                let __autodiff_t18 = w[__autodiff_k24];
                let __autodiff_p25 = <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(features[((i * d) + j)]);
                let __autodiff_n26 = (__autodiff_t18 * __autodiff_p25);
                let __autodiff_n27 = (z + __autodiff_n26);
                __autodiff_d10_z = ::autodiff::__private::Barrier::opaque(
                    (__autodiff_d10_z + (__autodiff_p25 * __autodiff_d18___autodiff_t18)),
                );
                z = __autodiff_n27;
            }
            let __autodiff_p28 = <f64 as ::autodiff::__private::FromPassive<
                _,
            >>::from_passive((-y));
            let __autodiff_n29 = (__autodiff_p28 * z);
            let __autodiff_n30 = __autodiff_n29.exp();
            let __autodiff_n31 = __autodiff_n30.ln_1p();
            let __autodiff_n32 = (loss + __autodiff_n31);
            __autodiff_d6_loss = ::autodiff::__private::Barrier::opaque(
                (__autodiff_d6_loss
                    + ((((1.0 / (1.0 + __autodiff_n30)) * __autodiff_n30)
                        * __autodiff_p28) * __autodiff_d10_z)),
            );
            loss = __autodiff_n32;
        }
    }
    let mut __autodiff_t12;
    let mut __autodiff_d12___autodiff_t12: f64 = 0.0;
    {
        let mut __autodiff_d13___autodiff_acc3: f64 = 0.0;
        let mut __autodiff_acc3: f64 = (-0.0);
        for __autodiff_i2 in (0..w.len()) {
            let __autodiff_k36 = __autodiff_i2;
            let mut __autodiff_d15_v: f64 = __autodiff_d0_w.at(__autodiff_k36);
            let v: f64 = w[__autodiff_k36];
            let __autodiff_n38 = (v * v);
            let mut __autodiff_d16___autodiff_item3: f64 = ((v + v) * __autodiff_d15_v);
            let __autodiff_item3: f64 = __autodiff_n38;
            let __autodiff_n39 = (__autodiff_acc3 + __autodiff_item3);
            __autodiff_d13___autodiff_acc3 = ::autodiff::__private::Barrier::opaque(
                (__autodiff_d13___autodiff_acc3 + __autodiff_d16___autodiff_item3),
            );
            __autodiff_acc3 = __autodiff_n39;
        }
        __autodiff_d12___autodiff_t12 = __autodiff_d13___autodiff_acc3;
        __autodiff_t12 = __autodiff_acc3;
    }
    let mut __autodiff_d17_penalty: f64 = __autodiff_d12___autodiff_t12;
    let penalty: f64 = __autodiff_t12;
    let __autodiff_p41 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((labels.len() as f64));
    let __autodiff_p43 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((0.5 * lambda));
    let __autodiff_n42 = (loss / __autodiff_p41);
    let __autodiff_n44 = (__autodiff_p43 * penalty);
    let __autodiff_n45 = (__autodiff_n42 + __autodiff_n44);
    __autodiff_d4___autodiff_out = ::autodiff::__private::Barrier::opaque(
        ((__autodiff_p43 * __autodiff_d17_penalty)
            + ((1.0 / __autodiff_p41) * __autodiff_d6_loss)),
    );
    __autodiff_out = ::autodiff::__private::Barrier::opaque(__autodiff_n45);
    (__autodiff_out, __autodiff_d4___autodiff_out)
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
pub fn logistic_loss__wrt_fwd(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> f64 {
    let mut __autodiff_out: f64;
    let d = w.len();
    let mut loss: f64 = 0.0;
    {
        let mut __autodiff_count0: usize = 0;
        for __autodiff_i1 in (0..labels.len()) {
            __autodiff_count0 = (__autodiff_count0 + 1);
            let i = __autodiff_i1;
            let y = labels[__autodiff_i1];
            let mut z: f64 = 0.0;
            let mut __autodiff_count1: usize = 0;
            for j in (0..d) {
                __autodiff_count1 = (__autodiff_count1 + 1);
                let __autodiff_k36 = j;
                __autodiff_tape.push_control((__autodiff_k36) as usize);
                let __autodiff_t18 = w[__autodiff_k36];
                let __autodiff_p19 = <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(features[((i * d) + j)]);
                let __autodiff_n20 = (__autodiff_t18 * __autodiff_p19);
                let __autodiff_n21 = (z + __autodiff_n20);
                __autodiff_tape.push(__autodiff_p19);
                z = __autodiff_n21;
            }
            __autodiff_tape.push_control((__autodiff_count1) as usize);
            let __autodiff_p22 = <f64 as ::autodiff::__private::FromPassive<
                _,
            >>::from_passive((-y));
            let __autodiff_n23 = (__autodiff_p22 * z);
            let __autodiff_n24 = __autodiff_n23.exp();
            let __autodiff_n25 = __autodiff_n24.ln_1p();
            let __autodiff_n26 = (loss + __autodiff_n25);
            __autodiff_tape.push(__autodiff_p22);
            __autodiff_tape.push(__autodiff_n24);
            loss = __autodiff_n26;
        }
        __autodiff_tape.push_control((__autodiff_count0) as usize);
    }
    let mut __autodiff_t12;
    {
        let mut __autodiff_acc3: f64 = (-0.0);
        let mut __autodiff_count2: usize = 0;
        for __autodiff_i2 in (0..w.len()) {
            __autodiff_count2 = (__autodiff_count2 + 1);
            let __autodiff_k38 = __autodiff_i2;
            __autodiff_tape.push_control((__autodiff_k38) as usize);
            let v: f64 = w[__autodiff_k38];
            let __autodiff_n27 = (v * v);
            let __autodiff_item3: f64 = __autodiff_n27;
            let __autodiff_n28 = (__autodiff_acc3 + __autodiff_item3);
            __autodiff_acc3 = __autodiff_n28;
            __autodiff_tape.push(v);
        }
        __autodiff_tape.push_control((__autodiff_count2) as usize);
        __autodiff_t12 = __autodiff_acc3;
    }
    let penalty: f64 = __autodiff_t12;
    let __autodiff_p29 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((labels.len() as f64));
    let __autodiff_p31 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((0.5 * lambda));
    let __autodiff_n30 = (loss / __autodiff_p29);
    let __autodiff_n32 = (__autodiff_p31 * penalty);
    let __autodiff_n33 = (__autodiff_n30 + __autodiff_n32);
    __autodiff_tape.push(__autodiff_p29);
    __autodiff_tape.push(__autodiff_p31);
    __autodiff_out = __autodiff_n33;
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
pub fn logistic_loss__wrt_bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed: f64,
    __autodiff_b0: ::autodiff::__private::VecAdjoint<'_, f64>,
    _: (),
    _: (),
    __autodiff_i3: f64,
) -> ((), (), (), f64) {
    let mut __autodiff_b6: f64 = -0.0;
    let mut __autodiff_b10: f64 = -0.0;
    let mut __autodiff_b12: f64 = -0.0;
    let mut __autodiff_b13: f64 = -0.0;
    let mut __autodiff_b15: f64 = -0.0;
    let mut __autodiff_b16: f64 = -0.0;
    let mut __autodiff_b17: f64 = -0.0;
    let mut __autodiff_b18: f64 = -0.0;
    let mut __autodiff_s15: f64 = 0.0;
    let mut __autodiff_b4: f64 = __autodiff_seed;
    {
        let __autodiff_p31: f64 = __autodiff_tape.pop();
        let __autodiff_p29: f64 = __autodiff_tape.pop();
        let __autodiff_ob = __autodiff_b4;
        __autodiff_b4 = -0.0;
        __autodiff_b17 += __autodiff_ob * __autodiff_p31;
        __autodiff_b6 += __autodiff_ob * (1.0 / __autodiff_p29);
        let __autodiff_ob = __autodiff_b17;
        __autodiff_b17 = -0.0;
        __autodiff_b12 += __autodiff_ob;
        {
            let __autodiff_ob = __autodiff_b12;
            __autodiff_b12 = -0.0;
            __autodiff_b13 += __autodiff_ob;
            let mut __autodiff_trips2: usize = __autodiff_tape.pop_control();
            while ::autodiff::__private::next_trip(&mut __autodiff_trips2) {
                {
                    __autodiff_s15 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b13;
                    __autodiff_b13 = __autodiff_ob;
                    __autodiff_b16 += __autodiff_ob;
                    let __autodiff_ob = __autodiff_b16;
                    __autodiff_b16 = -0.0;
                    __autodiff_b15 += __autodiff_ob * (__autodiff_s15 + __autodiff_s15);
                    let __autodiff_k = __autodiff_tape.pop_control();
                    __autodiff_b0.add_at(__autodiff_k, __autodiff_b15);
                    __autodiff_b15 = -0.0;
                }
            }
            __autodiff_b13 = -0.0;
        }
        __autodiff_b12 = -0.0;
        {
            let mut __autodiff_trips0: usize = __autodiff_tape.pop_control();
            while ::autodiff::__private::next_trip(&mut __autodiff_trips0) {
                {
                    let __autodiff_n24: f64 = __autodiff_tape.pop();
                    let __autodiff_p22: f64 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b6;
                    __autodiff_b6 = __autodiff_ob;
                    __autodiff_b10
                        += __autodiff_ob
                            * (((1.0 / (1.0 + __autodiff_n24)) * __autodiff_n24)
                                * __autodiff_p22);
                    let mut __autodiff_trips1: usize = __autodiff_tape.pop_control();
                    while ::autodiff::__private::next_trip(&mut __autodiff_trips1) {
                        {
                            let __autodiff_p19: f64 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b10;
                            __autodiff_b10 = __autodiff_ob;
                            __autodiff_b18 += __autodiff_ob * __autodiff_p19;
                            let __autodiff_k = __autodiff_tape.pop_control();
                            __autodiff_b0.add_at(__autodiff_k, __autodiff_b18);
                            __autodiff_b18 = -0.0;
                        }
                    }
                    __autodiff_b10 = -0.0;
                }
            }
        }
        __autodiff_b6 = -0.0;
        __autodiff_b4 = -0.0;
    }
    ((), (), (), __autodiff_i3)
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
pub fn logistic_loss__wrt_rfused(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed: f64,
    __autodiff_b0: ::autodiff::__private::VecAdjoint<'_, f64>,
    _: (),
    _: (),
    __autodiff_i3: f64,
) -> (f64, ((), (), (), f64)) {
    let mut __autodiff_out: f64;
    let d = w.len();
    let mut loss: f64 = 0.0;
    let mut __autodiff_t12;
    {
        let mut __autodiff_acc3: f64 = (-0.0);
        for __autodiff_i2 in (0..w.len()) {
            let v: f64 = w[__autodiff_i2];
            let __autodiff_item3: f64 = (v * v);
            __autodiff_acc3 = (__autodiff_acc3 + __autodiff_item3);
        }
        __autodiff_t12 = __autodiff_acc3;
    }
    let penalty: f64 = __autodiff_t12;
    let __autodiff_p29 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((labels.len() as f64));
    let __autodiff_p31 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((0.5 * lambda));
    let __autodiff_n32 = (__autodiff_p31 * penalty);
    __autodiff_tape.push(__autodiff_p29);
    __autodiff_tape.push(__autodiff_p31);
    let __autodiff_adjoints = {
        let mut __autodiff_b6: f64 = -0.0;
        let mut __autodiff_b10: f64 = -0.0;
        let mut __autodiff_b12: f64 = -0.0;
        let mut __autodiff_b13: f64 = -0.0;
        let mut __autodiff_b15: f64 = -0.0;
        let mut __autodiff_b16: f64 = -0.0;
        let mut __autodiff_b17: f64 = -0.0;
        let mut __autodiff_b18: f64 = -0.0;
        let mut __autodiff_s15: f64 = 0.0;
        let mut __autodiff_b4: f64 = __autodiff_seed;
        {
            let __autodiff_p31: f64 = __autodiff_tape.pop();
            let __autodiff_p29: f64 = __autodiff_tape.pop();
            let __autodiff_ob = __autodiff_b4;
            __autodiff_b4 = -0.0;
            __autodiff_b17 += __autodiff_ob * __autodiff_p31;
            __autodiff_b6 += __autodiff_ob * (1.0 / __autodiff_p29);
            let __autodiff_ob = __autodiff_b17;
            __autodiff_b17 = -0.0;
            __autodiff_b12 += __autodiff_ob;
            {
                let __autodiff_ob = __autodiff_b12;
                __autodiff_b12 = -0.0;
                __autodiff_b13 += __autodiff_ob;
                for __autodiff_i2 in ((0..w.len())).rev() {
                    let mut __autodiff_tape = ::autodiff::__private::IterationTape::<
                        f64,
                        1usize,
                        1usize,
                    >::new();
                    let __autodiff_k35 = __autodiff_i2;
                    __autodiff_tape.push_control((__autodiff_k35) as usize);
                    let v: f64 = w[__autodiff_k35];
                    let __autodiff_n27 = (v * v);
                    let __autodiff_item3: f64 = __autodiff_n27;
                    __autodiff_tape.push(v);
                    {
                        __autodiff_s15 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b13;
                        __autodiff_b13 = __autodiff_ob;
                        __autodiff_b16 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b16;
                        __autodiff_b16 = -0.0;
                        __autodiff_b15
                            += __autodiff_ob * (__autodiff_s15 + __autodiff_s15);
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b0.add_at(__autodiff_k, __autodiff_b15);
                        __autodiff_b15 = -0.0;
                    }
                }
                __autodiff_b13 = -0.0;
            }
            __autodiff_b12 = -0.0;
        }
        {
            {
                for __autodiff_i1 in (0..labels.len()) {
                    let i = __autodiff_i1;
                    let y = labels[__autodiff_i1];
                    let mut z: f64 = 0.0;
                    for j in (0..d) {
                        let __autodiff_t18 = w[j];
                        z = (z + (__autodiff_t18 * features[((i * d) + j)]));
                    }
                    let __autodiff_p22 = <f64 as ::autodiff::__private::FromPassive<
                        _,
                    >>::from_passive((-y));
                    let __autodiff_n23 = (__autodiff_p22 * z);
                    let __autodiff_n24 = __autodiff_n23.exp();
                    let __autodiff_n25 = __autodiff_n24.ln_1p();
                    let __autodiff_n26 = (loss + __autodiff_n25);
                    __autodiff_tape.push(__autodiff_p22);
                    __autodiff_tape.push(__autodiff_n24);
                    loss = __autodiff_n26;
                    {
                        let __autodiff_n24: f64 = __autodiff_tape.pop();
                        let __autodiff_p22: f64 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b6;
                        __autodiff_b6 = __autodiff_ob;
                        __autodiff_b10
                            += __autodiff_ob
                                * (((1.0 / (1.0 + __autodiff_n24)) * __autodiff_n24)
                                    * __autodiff_p22);
                        for j in ((0..d)).rev() {
                            let mut __autodiff_tape = ::autodiff::__private::IterationTape::<
                                f64,
                                1usize,
                                1usize,
                            >::new();
                            let __autodiff_k34 = j;
                            __autodiff_tape.push_control((__autodiff_k34) as usize);
                            let __autodiff_t18 = w[__autodiff_k34];
                            let __autodiff_p19 = <f64 as ::autodiff::__private::FromPassive<
                                _,
                            >>::from_passive(features[((i * d) + j)]);
                            let __autodiff_n20 = (__autodiff_t18 * __autodiff_p19);
                            __autodiff_tape.push(__autodiff_p19);
                            {
                                let __autodiff_p19: f64 = __autodiff_tape.pop();
                                let __autodiff_ob = __autodiff_b10;
                                __autodiff_b10 = __autodiff_ob;
                                __autodiff_b18 += __autodiff_ob * __autodiff_p19;
                                let __autodiff_k = __autodiff_tape.pop_control();
                                __autodiff_b0.add_at(__autodiff_k, __autodiff_b18);
                                __autodiff_b18 = -0.0;
                            }
                        }
                        __autodiff_b10 = -0.0;
                    }
                }
            }
            __autodiff_b6 = -0.0;
            __autodiff_b4 = -0.0;
        }
        ((), (), (), __autodiff_i3)
    };
    let __autodiff_n30 = (loss / __autodiff_p29);
    let __autodiff_n33 = (__autodiff_n30 + __autodiff_n32);
    __autodiff_out = __autodiff_n33;
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
pub fn logistic_loss__wrt_jvp_fwd(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    mut __autodiff_d0_w: ::autodiff::__private::VecTangent<'_, f64>,
    _: (),
    _: (),
    _: f64,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
) -> (f64, f64) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d4___autodiff_out: f64 = 0.0;
    let d = w.len();
    let mut __autodiff_d6_loss: f64 = 0.0;
    let mut loss: f64 = 0.0;
    {
        let mut __autodiff_count0: usize = 0;
        for __autodiff_i1 in (0..labels.len()) {
            __autodiff_count0 = (__autodiff_count0 + 1);
            let i = __autodiff_i1;
            let y = labels[__autodiff_i1];
            let mut __autodiff_d10_z: f64 = 0.0;
            let mut z: f64 = 0.0;
            let mut __autodiff_count1: usize = 0;
            for j in (0..d) {
                __autodiff_count1 = (__autodiff_count1 + 1);
                let __autodiff_k24 = j;
                let __autodiff_k78 = __autodiff_k24;
                __autodiff_tape.push_control((__autodiff_k78) as usize);
                let mut __autodiff_d18___autodiff_t18: f64 = __autodiff_d0_w
                    .at(__autodiff_k78);
                let __autodiff_k79 = __autodiff_k24;
                __autodiff_tape.push_control((__autodiff_k79) as usize);
                let __autodiff_t18 = w[__autodiff_k79];
                let __autodiff_p25 = <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(features[((i * d) + j)]);
                let __autodiff_n49 = (__autodiff_t18
                    * <f64 as ::autodiff::__private::FromPassive<
                        _,
                    >>::from_passive(__autodiff_p25));
                let __autodiff_n26 = __autodiff_n49;
                let __autodiff_n50 = (z + __autodiff_n26);
                let __autodiff_n27 = __autodiff_n50;
                let __autodiff_n51 = (<f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(__autodiff_p25) * __autodiff_d18___autodiff_t18);
                let __autodiff_n52 = (__autodiff_d10_z + __autodiff_n51);
                __autodiff_tape.push(__autodiff_d10_z);
                __autodiff_d10_z = __autodiff_n52;
                z = __autodiff_n27;
                __autodiff_tape
                    .push(
                        <f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(__autodiff_p25),
                    );
            }
            __autodiff_tape.push_control((__autodiff_count1) as usize);
            let __autodiff_p28 = <f64 as ::autodiff::__private::FromPassive<
                _,
            >>::from_passive((-y));
            let __autodiff_n53 = (<f64 as ::autodiff::__private::FromPassive<
                _,
            >>::from_passive(__autodiff_p28) * z);
            let __autodiff_n29 = __autodiff_n53;
            let __autodiff_n54 = __autodiff_n29.exp();
            __autodiff_tape.push(__autodiff_n54);
            let __autodiff_n30 = __autodiff_n54;
            let __autodiff_n55 = __autodiff_n30.ln_1p();
            let __autodiff_n31 = __autodiff_n55;
            let __autodiff_n56 = (loss + __autodiff_n31);
            let __autodiff_n32 = __autodiff_n56;
            let __autodiff_n57 = (1f64 + __autodiff_n30);
            let __autodiff_n58 = (1f64 / __autodiff_n57);
            let __autodiff_n59 = (__autodiff_n58 * __autodiff_n30);
            let __autodiff_n60 = (__autodiff_n59
                * <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(__autodiff_p28));
            let __autodiff_n61 = (__autodiff_n60 * __autodiff_d10_z);
            let __autodiff_n62 = (__autodiff_d6_loss + __autodiff_n61);
            __autodiff_d6_loss = __autodiff_n62;
            loss = __autodiff_n32;
            __autodiff_tape.push(__autodiff_d10_z);
            __autodiff_tape
                .push(
                    <f64 as ::autodiff::__private::FromPassive<
                        _,
                    >>::from_passive(__autodiff_p28),
                );
            __autodiff_tape.push(__autodiff_n30);
        }
        __autodiff_tape.push_control((__autodiff_count0) as usize);
    }
    let mut __autodiff_t12;
    let mut __autodiff_d12___autodiff_t12: f64 = 0.0;
    {
        let mut __autodiff_d13___autodiff_acc3: f64 = 0.0;
        let mut __autodiff_acc3: f64 = (-0.0);
        let mut __autodiff_count2: usize = 0;
        for __autodiff_i2 in (0..w.len()) {
            __autodiff_count2 = (__autodiff_count2 + 1);
            let __autodiff_k36 = __autodiff_i2;
            let __autodiff_k81 = __autodiff_k36;
            __autodiff_tape.push_control((__autodiff_k81) as usize);
            let mut __autodiff_d15_v: f64 = __autodiff_d0_w.at(__autodiff_k81);
            let __autodiff_k82 = __autodiff_k36;
            __autodiff_tape.push_control((__autodiff_k82) as usize);
            let v: f64 = w[__autodiff_k82];
            let __autodiff_n64 = (v * v);
            let __autodiff_n38 = __autodiff_n64;
            let __autodiff_n65 = (v + v);
            let __autodiff_n66 = (__autodiff_n65 * __autodiff_d15_v);
            let mut __autodiff_d16___autodiff_item3: f64 = __autodiff_n66;
            let __autodiff_item3: f64 = __autodiff_n38;
            let __autodiff_n67 = (__autodiff_acc3 + __autodiff_item3);
            let __autodiff_n39 = __autodiff_n67;
            let __autodiff_n68 = (__autodiff_d13___autodiff_acc3
                + __autodiff_d16___autodiff_item3);
            __autodiff_d13___autodiff_acc3 = __autodiff_n68;
            __autodiff_acc3 = __autodiff_n39;
            __autodiff_tape.push(__autodiff_d15_v);
            __autodiff_tape.push(v);
        }
        __autodiff_tape.push_control((__autodiff_count2) as usize);
        __autodiff_d12___autodiff_t12 = __autodiff_d13___autodiff_acc3;
        __autodiff_t12 = __autodiff_acc3;
    }
    let mut __autodiff_d17_penalty: f64 = __autodiff_d12___autodiff_t12;
    let penalty: f64 = __autodiff_t12;
    let __autodiff_p41 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((labels.len() as f64));
    let __autodiff_p43 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((0.5 * lambda));
    let __autodiff_n69 = (loss
        / <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(__autodiff_p41));
    let __autodiff_n42 = __autodiff_n69;
    let __autodiff_n70 = (<f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive(__autodiff_p43) * penalty);
    let __autodiff_n44 = __autodiff_n70;
    let __autodiff_n71 = (__autodiff_n42 + __autodiff_n44);
    let __autodiff_n45 = __autodiff_n71;
    let __autodiff_p73 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((1.0 / __autodiff_p41));
    let __autodiff_n72 = (<f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive(__autodiff_p43) * __autodiff_d17_penalty);
    let __autodiff_n74 = (__autodiff_p73 * __autodiff_d6_loss);
    let __autodiff_n75 = (__autodiff_n72 + __autodiff_n74);
    __autodiff_tape.push(__autodiff_p73);
    __autodiff_d4___autodiff_out = __autodiff_n75;
    __autodiff_out = __autodiff_n45;
    __autodiff_tape
        .push(
            <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(__autodiff_p41),
        );
    __autodiff_tape
        .push(
            <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(__autodiff_p43),
        );
    (__autodiff_out, __autodiff_d4___autodiff_out)
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
pub fn logistic_loss__wrt_jvp_bwd(
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed0: f64,
    __autodiff_seed1: f64,
    __autodiff_b0: ::autodiff::__private::VecAdjoint<'_, f64>,
    _: (),
    _: (),
    __autodiff_i3: f64,
    __autodiff_b19: ::autodiff::__private::VecAdjoint<'_, f64>,
    _: (),
    _: (),
    __autodiff_i48: f64,
) -> ((), (), (), f64, (), (), (), f64) {
    let mut __autodiff_b6: f64 = -0.0;
    let mut __autodiff_b10: f64 = -0.0;
    let mut __autodiff_b12: f64 = -0.0;
    let mut __autodiff_b13: f64 = -0.0;
    let mut __autodiff_b15: f64 = -0.0;
    let mut __autodiff_b16: f64 = -0.0;
    let mut __autodiff_b17: f64 = -0.0;
    let mut __autodiff_b18: f64 = -0.0;
    let mut __autodiff_b21: f64 = -0.0;
    let mut __autodiff_b22: f64 = -0.0;
    let mut __autodiff_b23: f64 = -0.0;
    let mut __autodiff_b26: f64 = -0.0;
    let mut __autodiff_b27: f64 = -0.0;
    let mut __autodiff_b29: f64 = -0.0;
    let mut __autodiff_b30: f64 = -0.0;
    let mut __autodiff_b31: f64 = -0.0;
    let mut __autodiff_b32: f64 = -0.0;
    let mut __autodiff_b33: f64 = -0.0;
    let mut __autodiff_b34: f64 = -0.0;
    let mut __autodiff_b35: f64 = -0.0;
    let mut __autodiff_b37: f64 = -0.0;
    let mut __autodiff_b38: f64 = -0.0;
    let mut __autodiff_b39: f64 = -0.0;
    let mut __autodiff_b40: f64 = -0.0;
    let mut __autodiff_b42: f64 = -0.0;
    let mut __autodiff_b44: f64 = -0.0;
    let mut __autodiff_b45: f64 = -0.0;
    let mut __autodiff_s15: f64 = 0.0;
    let mut __autodiff_s22: f64 = 0.0;
    let mut __autodiff_s25: f64 = 0.0;
    let mut __autodiff_s28: f64 = 0.0;
    let mut __autodiff_s30: f64 = 0.0;
    let mut __autodiff_s35: f64 = 0.0;
    let mut __autodiff_s41: f64 = 0.0;
    let mut __autodiff_s43: f64 = 0.0;
    let mut __autodiff_b4: f64 = __autodiff_seed0;
    let mut __autodiff_b20: f64 = __autodiff_seed1;
    {
        __autodiff_s43 = __autodiff_tape.pop();
        __autodiff_s41 = __autodiff_tape.pop();
        let __autodiff_ob = __autodiff_b4;
        __autodiff_b4 = -0.0;
        __autodiff_b45 += __autodiff_ob;
        let __autodiff_p73: f64 = __autodiff_tape.pop();
        let __autodiff_ob = __autodiff_b20;
        __autodiff_b20 = -0.0;
        __autodiff_b21 += __autodiff_ob * __autodiff_p73;
        __autodiff_b40
            += __autodiff_ob
                * <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(__autodiff_s43);
        let __autodiff_ob = __autodiff_b45;
        __autodiff_b45 = -0.0;
        __autodiff_b42 += __autodiff_ob;
        __autodiff_b44 += __autodiff_ob;
        let __autodiff_ob = __autodiff_b44;
        __autodiff_b44 = -0.0;
        __autodiff_b17
            += __autodiff_ob
                * <f64 as ::autodiff::__private::FromPassive<
                    _,
                >>::from_passive(__autodiff_s43);
        let __autodiff_ob = __autodiff_b42;
        __autodiff_b42 = -0.0;
        __autodiff_b6
            += __autodiff_ob
                * (1.0
                    / <f64 as ::autodiff::__private::FromPassive<
                        _,
                    >>::from_passive(__autodiff_s41));
        let __autodiff_ob = __autodiff_b17;
        __autodiff_b17 = -0.0;
        __autodiff_b12 += __autodiff_ob;
        let __autodiff_ob = __autodiff_b40;
        __autodiff_b40 = -0.0;
        __autodiff_b33 += __autodiff_ob;
        {
            let __autodiff_ob = __autodiff_b12;
            __autodiff_b12 = -0.0;
            __autodiff_b13 += __autodiff_ob;
            let __autodiff_ob = __autodiff_b33;
            __autodiff_b33 = -0.0;
            __autodiff_b34 += __autodiff_ob;
            let mut __autodiff_trips2: usize = __autodiff_tape.pop_control();
            while ::autodiff::__private::next_trip(&mut __autodiff_trips2) {
                {
                    __autodiff_s15 = __autodiff_tape.pop();
                    __autodiff_s35 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b13;
                    __autodiff_b13 = -0.0;
                    __autodiff_b39 += __autodiff_ob;
                    let __autodiff_ob = __autodiff_b34;
                    __autodiff_b34 = __autodiff_ob;
                    __autodiff_b37 += __autodiff_ob;
                    let __autodiff_ob = __autodiff_b39;
                    __autodiff_b39 = -0.0;
                    __autodiff_b13 += __autodiff_ob;
                    __autodiff_b16 += __autodiff_ob;
                    let __autodiff_ob = __autodiff_b16;
                    __autodiff_b16 = -0.0;
                    __autodiff_b38 += __autodiff_ob;
                    let __autodiff_n65 = (__autodiff_s15 + __autodiff_s15);
                    let __autodiff_ob = __autodiff_b37;
                    __autodiff_b37 = -0.0;
                    __autodiff_b35 += __autodiff_ob * __autodiff_n65;
                    __autodiff_b15 += __autodiff_ob * (__autodiff_s35 + __autodiff_s35);
                    let __autodiff_ob = __autodiff_b38;
                    __autodiff_b38 = -0.0;
                    __autodiff_b15 += __autodiff_ob * (__autodiff_s15 + __autodiff_s15);
                    let __autodiff_k = __autodiff_tape.pop_control();
                    __autodiff_b0.add_at(__autodiff_k, __autodiff_b15);
                    __autodiff_b15 = -0.0;
                    let __autodiff_k = __autodiff_tape.pop_control();
                    __autodiff_b19.add_at(__autodiff_k, __autodiff_b35);
                    __autodiff_b35 = -0.0;
                }
            }
            __autodiff_b13 = -0.0;
            __autodiff_b34 = -0.0;
        }
        __autodiff_b33 = -0.0;
        __autodiff_b12 = -0.0;
        {
            let mut __autodiff_trips0: usize = __autodiff_tape.pop_control();
            while ::autodiff::__private::next_trip(&mut __autodiff_trips0) {
                {
                    __autodiff_s30 = __autodiff_tape.pop();
                    __autodiff_s28 = __autodiff_tape.pop();
                    __autodiff_s22 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b6;
                    __autodiff_b6 = -0.0;
                    __autodiff_b32 += __autodiff_ob;
                    let __autodiff_n57 = (1f64 + __autodiff_s30);
                    let __autodiff_n58 = (1f64 / __autodiff_n57);
                    let __autodiff_n59 = (__autodiff_n58 * __autodiff_s30);
                    let __autodiff_n60 = (__autodiff_n59
                        * <f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(__autodiff_s28));
                    let __autodiff_a63 = (__autodiff_s22
                        * <f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(__autodiff_s28));
                    let __autodiff_ob = __autodiff_b21;
                    __autodiff_b21 = __autodiff_ob;
                    __autodiff_b22 += __autodiff_ob * __autodiff_n60;
                    __autodiff_b30
                        += __autodiff_ob
                            * ((__autodiff_a63 * __autodiff_n58)
                                + ((__autodiff_a63 * __autodiff_s30)
                                    * (-(__autodiff_n58 / __autodiff_n57))));
                    let __autodiff_ob = __autodiff_b32;
                    __autodiff_b32 = -0.0;
                    __autodiff_b6 += __autodiff_ob;
                    __autodiff_b31 += __autodiff_ob;
                    let __autodiff_ob = __autodiff_b31;
                    __autodiff_b31 = -0.0;
                    __autodiff_b30 += __autodiff_ob * (1.0 / (1.0 + __autodiff_s30));
                    let __autodiff_n54: f64 = __autodiff_tape.pop();
                    let __autodiff_ob = __autodiff_b30;
                    __autodiff_b30 = -0.0;
                    __autodiff_b29 += __autodiff_ob * __autodiff_n54;
                    let __autodiff_ob = __autodiff_b29;
                    __autodiff_b29 = -0.0;
                    __autodiff_b10
                        += __autodiff_ob
                            * <f64 as ::autodiff::__private::FromPassive<
                                _,
                            >>::from_passive(__autodiff_s28);
                    let mut __autodiff_trips1: usize = __autodiff_tape.pop_control();
                    while ::autodiff::__private::next_trip(&mut __autodiff_trips1) {
                        {
                            __autodiff_s25 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b10;
                            __autodiff_b10 = -0.0;
                            __autodiff_b27 += __autodiff_ob;
                            __autodiff_s22 = __autodiff_tape.pop();
                            let __autodiff_ob = __autodiff_b22;
                            __autodiff_b22 = __autodiff_ob;
                            __autodiff_b23
                                += __autodiff_ob
                                    * <f64 as ::autodiff::__private::FromPassive<
                                        _,
                                    >>::from_passive(__autodiff_s25);
                            let __autodiff_ob = __autodiff_b27;
                            __autodiff_b27 = -0.0;
                            __autodiff_b10 += __autodiff_ob;
                            __autodiff_b26 += __autodiff_ob;
                            let __autodiff_ob = __autodiff_b26;
                            __autodiff_b26 = -0.0;
                            __autodiff_b18
                                += __autodiff_ob
                                    * <f64 as ::autodiff::__private::FromPassive<
                                        _,
                                    >>::from_passive(__autodiff_s25);
                            let __autodiff_k = __autodiff_tape.pop_control();
                            __autodiff_b0.add_at(__autodiff_k, __autodiff_b18);
                            __autodiff_b18 = -0.0;
                            let __autodiff_k = __autodiff_tape.pop_control();
                            __autodiff_b19.add_at(__autodiff_k, __autodiff_b23);
                            __autodiff_b23 = -0.0;
                        }
                    }
                    __autodiff_b10 = -0.0;
                    __autodiff_b22 = -0.0;
                }
            }
        }
        __autodiff_b6 = -0.0;
        __autodiff_b21 = -0.0;
        __autodiff_b20 = -0.0;
        __autodiff_b4 = -0.0;
    }
    ((), (), (), __autodiff_i3, (), (), (), __autodiff_i48)
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
pub fn logistic_loss__wrt_jvp_rfused(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    mut __autodiff_d0_w: ::autodiff::__private::VecTangent<'_, f64>,
    _: (),
    _: (),
    _: f64,
    __autodiff_tape: &mut ::autodiff::__private::Tape<f64>,
    __autodiff_seed0: f64,
    __autodiff_seed1: f64,
    __autodiff_b0: ::autodiff::__private::VecAdjoint<'_, f64>,
    _: (),
    _: (),
    __autodiff_i3: f64,
    __autodiff_b19: ::autodiff::__private::VecAdjoint<'_, f64>,
    _: (),
    _: (),
    __autodiff_i48: f64,
) -> ((f64, f64), ((), (), (), f64, (), (), (), f64)) {
    let mut __autodiff_out: f64;
    let mut __autodiff_d4___autodiff_out: f64 = 0.0;
    let d = w.len();
    let mut __autodiff_d6_loss: f64 = 0.0;
    let mut loss: f64 = 0.0;
    let mut __autodiff_t12;
    let mut __autodiff_d12___autodiff_t12: f64 = 0.0;
    {
        let mut __autodiff_d13___autodiff_acc3: f64 = 0.0;
        let mut __autodiff_acc3: f64 = (-0.0);
        for __autodiff_i2 in (0..w.len()) {
            let __autodiff_k36 = __autodiff_i2;
            let mut __autodiff_d15_v: f64 = __autodiff_d0_w.at(__autodiff_k36);
            let v: f64 = w[__autodiff_k36];
            let __autodiff_n38 = (v * v);
            let mut __autodiff_d16___autodiff_item3: f64 = ((v + v) * __autodiff_d15_v);
            let __autodiff_item3: f64 = __autodiff_n38;
            let __autodiff_n39 = (__autodiff_acc3 + __autodiff_item3);
            __autodiff_d13___autodiff_acc3 = ::autodiff::__private::Barrier::opaque(
                (__autodiff_d13___autodiff_acc3 + __autodiff_d16___autodiff_item3),
            );
            __autodiff_acc3 = __autodiff_n39;
        }
        __autodiff_d12___autodiff_t12 = __autodiff_d13___autodiff_acc3;
        __autodiff_t12 = __autodiff_acc3;
    }
    let mut __autodiff_d17_penalty: f64 = __autodiff_d12___autodiff_t12;
    let penalty: f64 = __autodiff_t12;
    let __autodiff_p41 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((labels.len() as f64));
    let __autodiff_p43 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((0.5 * lambda));
    let __autodiff_n70 = (<f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive(__autodiff_p43) * penalty);
    let __autodiff_n44 = __autodiff_n70;
    let __autodiff_p73 = <f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive((1.0 / __autodiff_p41));
    let __autodiff_n72 = (<f64 as ::autodiff::__private::FromPassive<
        _,
    >>::from_passive(__autodiff_p43) * __autodiff_d17_penalty);
    __autodiff_tape.push(__autodiff_p73);
    __autodiff_tape
        .push(
            <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(__autodiff_p41),
        );
    __autodiff_tape
        .push(
            <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(__autodiff_p43),
        );
    let __autodiff_adjoints = {
        let mut __autodiff_b6: f64 = -0.0;
        let mut __autodiff_b10: f64 = -0.0;
        let mut __autodiff_b12: f64 = -0.0;
        let mut __autodiff_b13: f64 = -0.0;
        let mut __autodiff_b15: f64 = -0.0;
        let mut __autodiff_b16: f64 = -0.0;
        let mut __autodiff_b17: f64 = -0.0;
        let mut __autodiff_b18: f64 = -0.0;
        let mut __autodiff_b21: f64 = -0.0;
        let mut __autodiff_b22: f64 = -0.0;
        let mut __autodiff_b23: f64 = -0.0;
        let mut __autodiff_b26: f64 = -0.0;
        let mut __autodiff_b27: f64 = -0.0;
        let mut __autodiff_b29: f64 = -0.0;
        let mut __autodiff_b30: f64 = -0.0;
        let mut __autodiff_b31: f64 = -0.0;
        let mut __autodiff_b32: f64 = -0.0;
        let mut __autodiff_b33: f64 = -0.0;
        let mut __autodiff_b34: f64 = -0.0;
        let mut __autodiff_b35: f64 = -0.0;
        let mut __autodiff_b37: f64 = -0.0;
        let mut __autodiff_b38: f64 = -0.0;
        let mut __autodiff_b39: f64 = -0.0;
        let mut __autodiff_b40: f64 = -0.0;
        let mut __autodiff_b42: f64 = -0.0;
        let mut __autodiff_b44: f64 = -0.0;
        let mut __autodiff_b45: f64 = -0.0;
        let mut __autodiff_s15: f64 = 0.0;
        let mut __autodiff_s22: f64 = 0.0;
        let mut __autodiff_s25: f64 = 0.0;
        let mut __autodiff_s28: f64 = 0.0;
        let mut __autodiff_s30: f64 = 0.0;
        let mut __autodiff_s35: f64 = 0.0;
        let mut __autodiff_s41: f64 = 0.0;
        let mut __autodiff_s43: f64 = 0.0;
        let mut __autodiff_b4: f64 = __autodiff_seed0;
        let mut __autodiff_b20: f64 = __autodiff_seed1;
        {
            __autodiff_s43 = __autodiff_tape.pop();
            __autodiff_s41 = __autodiff_tape.pop();
            let __autodiff_ob = __autodiff_b4;
            __autodiff_b4 = -0.0;
            __autodiff_b45 += __autodiff_ob;
            let __autodiff_p73: f64 = __autodiff_tape.pop();
            let __autodiff_ob = __autodiff_b20;
            __autodiff_b20 = -0.0;
            __autodiff_b21 += __autodiff_ob * __autodiff_p73;
            __autodiff_b40
                += __autodiff_ob
                    * <f64 as ::autodiff::__private::FromPassive<
                        _,
                    >>::from_passive(__autodiff_s43);
            let __autodiff_ob = __autodiff_b45;
            __autodiff_b45 = -0.0;
            __autodiff_b42 += __autodiff_ob;
            __autodiff_b44 += __autodiff_ob;
            let __autodiff_ob = __autodiff_b44;
            __autodiff_b44 = -0.0;
            __autodiff_b17
                += __autodiff_ob
                    * <f64 as ::autodiff::__private::FromPassive<
                        _,
                    >>::from_passive(__autodiff_s43);
            let __autodiff_ob = __autodiff_b42;
            __autodiff_b42 = -0.0;
            __autodiff_b6
                += __autodiff_ob
                    * (1.0
                        / <f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(__autodiff_s41));
            let __autodiff_ob = __autodiff_b17;
            __autodiff_b17 = -0.0;
            __autodiff_b12 += __autodiff_ob;
            let __autodiff_ob = __autodiff_b40;
            __autodiff_b40 = -0.0;
            __autodiff_b33 += __autodiff_ob;
            {
                let __autodiff_ob = __autodiff_b12;
                __autodiff_b12 = -0.0;
                __autodiff_b13 += __autodiff_ob;
                let __autodiff_ob = __autodiff_b33;
                __autodiff_b33 = -0.0;
                __autodiff_b34 += __autodiff_ob;
                for __autodiff_i2 in ((0..w.len())).rev() {
                    let mut __autodiff_tape = ::autodiff::__private::IterationTape::<
                        f64,
                        2usize,
                        2usize,
                    >::new();
                    let __autodiff_k36 = __autodiff_i2;
                    let __autodiff_k79 = __autodiff_k36;
                    __autodiff_tape.push_control((__autodiff_k79) as usize);
                    let mut __autodiff_d15_v: f64 = __autodiff_d0_w.at(__autodiff_k79);
                    let __autodiff_k80 = __autodiff_k36;
                    __autodiff_tape.push_control((__autodiff_k80) as usize);
                    let v: f64 = w[__autodiff_k80];
                    let __autodiff_n64 = (v * v);
                    let __autodiff_n38 = __autodiff_n64;
                    let __autodiff_n65 = (v + v);
                    let __autodiff_n66 = (__autodiff_n65 * __autodiff_d15_v);
                    let mut __autodiff_d16___autodiff_item3: f64 = __autodiff_n66;
                    let __autodiff_item3: f64 = __autodiff_n38;
                    __autodiff_tape.push(__autodiff_d15_v);
                    __autodiff_tape.push(v);
                    {
                        __autodiff_s15 = __autodiff_tape.pop();
                        __autodiff_s35 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b13;
                        __autodiff_b13 = -0.0;
                        __autodiff_b39 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b34;
                        __autodiff_b34 = __autodiff_ob;
                        __autodiff_b37 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b39;
                        __autodiff_b39 = -0.0;
                        __autodiff_b13 += __autodiff_ob;
                        __autodiff_b16 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b16;
                        __autodiff_b16 = -0.0;
                        __autodiff_b38 += __autodiff_ob;
                        let __autodiff_n65 = (__autodiff_s15 + __autodiff_s15);
                        let __autodiff_ob = __autodiff_b37;
                        __autodiff_b37 = -0.0;
                        __autodiff_b35 += __autodiff_ob * __autodiff_n65;
                        __autodiff_b15
                            += __autodiff_ob * (__autodiff_s35 + __autodiff_s35);
                        let __autodiff_ob = __autodiff_b38;
                        __autodiff_b38 = -0.0;
                        __autodiff_b15
                            += __autodiff_ob * (__autodiff_s15 + __autodiff_s15);
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b0.add_at(__autodiff_k, __autodiff_b15);
                        __autodiff_b15 = -0.0;
                        let __autodiff_k = __autodiff_tape.pop_control();
                        __autodiff_b19.add_at(__autodiff_k, __autodiff_b35);
                        __autodiff_b35 = -0.0;
                    }
                }
                __autodiff_b13 = -0.0;
                __autodiff_b34 = -0.0;
            }
            __autodiff_b33 = -0.0;
            __autodiff_b12 = -0.0;
        }
        {
            {
                for __autodiff_i1 in (0..labels.len()) {
                    let i = __autodiff_i1;
                    let y = labels[__autodiff_i1];
                    let mut __autodiff_d10_z: f64 = 0.0;
                    let mut z: f64 = 0.0;
                    let mut __autodiff_count1: usize = 0;
                    for j in (0..d) {
                        __autodiff_count1 = (__autodiff_count1 + 1);
                        let __autodiff_k24 = j;
                        let __autodiff_k77 = __autodiff_k24;
                        __autodiff_tape.push_control((__autodiff_k77) as usize);
                        let mut __autodiff_d18___autodiff_t18: f64 = __autodiff_d0_w
                            .at(__autodiff_k77);
                        let __autodiff_k78 = __autodiff_k24;
                        __autodiff_tape.push_control((__autodiff_k78) as usize);
                        let __autodiff_t18 = w[__autodiff_k78];
                        let __autodiff_p25 = <f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(features[((i * d) + j)]);
                        let __autodiff_n49 = (__autodiff_t18
                            * <f64 as ::autodiff::__private::FromPassive<
                                _,
                            >>::from_passive(__autodiff_p25));
                        let __autodiff_n26 = __autodiff_n49;
                        let __autodiff_n50 = (z + __autodiff_n26);
                        let __autodiff_n27 = __autodiff_n50;
                        let __autodiff_n51 = (<f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(__autodiff_p25)
                            * __autodiff_d18___autodiff_t18);
                        let __autodiff_n52 = (__autodiff_d10_z + __autodiff_n51);
                        __autodiff_tape.push(__autodiff_d10_z);
                        __autodiff_d10_z = __autodiff_n52;
                        z = __autodiff_n27;
                        __autodiff_tape
                            .push(
                                <f64 as ::autodiff::__private::FromPassive<
                                    _,
                                >>::from_passive(__autodiff_p25),
                            );
                    }
                    __autodiff_tape.push_control((__autodiff_count1) as usize);
                    let __autodiff_p28 = <f64 as ::autodiff::__private::FromPassive<
                        _,
                    >>::from_passive((-y));
                    let __autodiff_n53 = (<f64 as ::autodiff::__private::FromPassive<
                        _,
                    >>::from_passive(__autodiff_p28) * z);
                    let __autodiff_n29 = __autodiff_n53;
                    let __autodiff_n54 = __autodiff_n29.exp();
                    __autodiff_tape.push(__autodiff_n54);
                    let __autodiff_n30 = __autodiff_n54;
                    let __autodiff_n55 = __autodiff_n30.ln_1p();
                    let __autodiff_n31 = __autodiff_n55;
                    let __autodiff_n56 = (loss + __autodiff_n31);
                    let __autodiff_n32 = __autodiff_n56;
                    let __autodiff_n57 = (1f64 + __autodiff_n30);
                    let __autodiff_n58 = (1f64 / __autodiff_n57);
                    let __autodiff_n59 = (__autodiff_n58 * __autodiff_n30);
                    let __autodiff_n60 = (__autodiff_n59
                        * <f64 as ::autodiff::__private::FromPassive<
                            _,
                        >>::from_passive(__autodiff_p28));
                    let __autodiff_n61 = (__autodiff_n60 * __autodiff_d10_z);
                    let __autodiff_n62 = (__autodiff_d6_loss + __autodiff_n61);
                    __autodiff_d6_loss = __autodiff_n62;
                    loss = __autodiff_n32;
                    __autodiff_tape.push(__autodiff_d10_z);
                    __autodiff_tape
                        .push(
                            <f64 as ::autodiff::__private::FromPassive<
                                _,
                            >>::from_passive(__autodiff_p28),
                        );
                    __autodiff_tape.push(__autodiff_n30);
                    {
                        __autodiff_s30 = __autodiff_tape.pop();
                        __autodiff_s28 = __autodiff_tape.pop();
                        __autodiff_s22 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b6;
                        __autodiff_b6 = -0.0;
                        __autodiff_b32 += __autodiff_ob;
                        let __autodiff_n57 = (1f64 + __autodiff_s30);
                        let __autodiff_n58 = (1f64 / __autodiff_n57);
                        let __autodiff_n59 = (__autodiff_n58 * __autodiff_s30);
                        let __autodiff_n60 = (__autodiff_n59
                            * <f64 as ::autodiff::__private::FromPassive<
                                _,
                            >>::from_passive(__autodiff_s28));
                        let __autodiff_a63 = (__autodiff_s22
                            * <f64 as ::autodiff::__private::FromPassive<
                                _,
                            >>::from_passive(__autodiff_s28));
                        let __autodiff_ob = __autodiff_b21;
                        __autodiff_b21 = __autodiff_ob;
                        __autodiff_b22 += __autodiff_ob * __autodiff_n60;
                        __autodiff_b30
                            += __autodiff_ob
                                * ((__autodiff_a63 * __autodiff_n58)
                                    + ((__autodiff_a63 * __autodiff_s30)
                                        * (-(__autodiff_n58 / __autodiff_n57))));
                        let __autodiff_ob = __autodiff_b32;
                        __autodiff_b32 = -0.0;
                        __autodiff_b6 += __autodiff_ob;
                        __autodiff_b31 += __autodiff_ob;
                        let __autodiff_ob = __autodiff_b31;
                        __autodiff_b31 = -0.0;
                        __autodiff_b30 += __autodiff_ob * (1.0 / (1.0 + __autodiff_s30));
                        let __autodiff_n54: f64 = __autodiff_tape.pop();
                        let __autodiff_ob = __autodiff_b30;
                        __autodiff_b30 = -0.0;
                        __autodiff_b29 += __autodiff_ob * __autodiff_n54;
                        let __autodiff_ob = __autodiff_b29;
                        __autodiff_b29 = -0.0;
                        __autodiff_b10
                            += __autodiff_ob
                                * <f64 as ::autodiff::__private::FromPassive<
                                    _,
                                >>::from_passive(__autodiff_s28);
                        let mut __autodiff_trips1: usize = __autodiff_tape.pop_control();
                        while ::autodiff::__private::next_trip(&mut __autodiff_trips1) {
                            {
                                __autodiff_s25 = __autodiff_tape.pop();
                                let __autodiff_ob = __autodiff_b10;
                                __autodiff_b10 = -0.0;
                                __autodiff_b27 += __autodiff_ob;
                                __autodiff_s22 = __autodiff_tape.pop();
                                let __autodiff_ob = __autodiff_b22;
                                __autodiff_b22 = __autodiff_ob;
                                __autodiff_b23
                                    += __autodiff_ob
                                        * <f64 as ::autodiff::__private::FromPassive<
                                            _,
                                        >>::from_passive(__autodiff_s25);
                                let __autodiff_ob = __autodiff_b27;
                                __autodiff_b27 = -0.0;
                                __autodiff_b10 += __autodiff_ob;
                                __autodiff_b26 += __autodiff_ob;
                                let __autodiff_ob = __autodiff_b26;
                                __autodiff_b26 = -0.0;
                                __autodiff_b18
                                    += __autodiff_ob
                                        * <f64 as ::autodiff::__private::FromPassive<
                                            _,
                                        >>::from_passive(__autodiff_s25);
                                let __autodiff_k = __autodiff_tape.pop_control();
                                __autodiff_b0.add_at(__autodiff_k, __autodiff_b18);
                                __autodiff_b18 = -0.0;
                                let __autodiff_k = __autodiff_tape.pop_control();
                                __autodiff_b19.add_at(__autodiff_k, __autodiff_b23);
                                __autodiff_b23 = -0.0;
                            }
                        }
                        __autodiff_b10 = -0.0;
                        __autodiff_b22 = -0.0;
                    }
                }
            }
            __autodiff_b6 = -0.0;
            __autodiff_b21 = -0.0;
            __autodiff_b20 = -0.0;
            __autodiff_b4 = -0.0;
        }
        ((), (), (), __autodiff_i3, (), (), (), __autodiff_i48)
    };
    let __autodiff_n69 = (loss
        / <f64 as ::autodiff::__private::FromPassive<_>>::from_passive(__autodiff_p41));
    let __autodiff_n42 = __autodiff_n69;
    let __autodiff_n71 = (__autodiff_n42 + __autodiff_n44);
    let __autodiff_n45 = __autodiff_n71;
    let __autodiff_n74 = (__autodiff_p73 * __autodiff_d6_loss);
    let __autodiff_n75 = (__autodiff_n72 + __autodiff_n74);
    __autodiff_d4___autodiff_out = __autodiff_n75;
    __autodiff_out = __autodiff_n45;
    ((__autodiff_out, __autodiff_d4___autodiff_out), __autodiff_adjoints)
}
///Forward mode of `logistic_loss` (generated by `#[differentiate]`): returns the value and the directional derivative along one tangent per differentiated parameter. Panics if a tangent's length differs from its vector's.
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
pub fn logistic_loss_jvp(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    dw: &[f64],
) -> (f64, f64) {
    let _ = logistic_loss;
    ::core::assert_eq!(
        dw.len(), w.len(),
        "logistic_loss_jvp: the tangent `dw` has length {} but `w` has length {}", dw
        .len(), w.len()
    );
    logistic_loss__wrt_jvp(
        w,
        features,
        labels,
        lambda,
        ::autodiff::__private::VecTangent::from(&dw[..]),
        (),
        (),
        0.0,
    )
}
///Reverse mode of `logistic_loss` (generated by `#[differentiate]`): returns the value and `seed` times the partial derivative with respect to each differentiated parameter, in order (an owned vector for a vector parameter).
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
pub fn logistic_loss_vjp(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    seed: f64,
) -> (f64, ::std::vec::Vec<f64>) {
    let _ = logistic_loss;
    let mut __autodiff_g_w: ::std::vec::Vec<f64> = ::std::vec![0.0 as f64; w.len()];
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        logistic_loss__wrt_rfused(
            w,
            features,
            labels,
            lambda,
            __autodiff_tape,
            seed,
            ::autodiff::__private::VecAdjoint::from(&mut __autodiff_g_w[..]),
            (),
            (),
            -0.0,
        )
    });
    (__autodiff_value, __autodiff_g_w)
}
///Gradient of `logistic_loss` (generated by `#[differentiate]`): the value and the partial derivative with respect to each differentiated parameter, in order.
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
pub fn logistic_loss_grad(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
) -> (f64, ::std::vec::Vec<f64>) {
    let _ = logistic_loss;
    logistic_loss_vjp(w, features, labels, lambda, 1.0)
}
///Reverse mode of `logistic_loss` into caller-owned buffers (generated by `#[differentiate]`): adds `seed` times each partial derivative into the `g_` argument of its parameter and returns the value. No allocation: the form for hot loops. Panics if a buffer's length differs from its vector's.
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
pub fn logistic_loss_vjp_into(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    seed: f64,
    g_w: &mut [f64],
) -> f64 {
    let _ = logistic_loss;
    ::core::assert_eq!(
        g_w.len(), w.len(),
        "logistic_loss_vjp_into: the adjoint buffer of `w` has length {} but `w` has length {}",
        g_w.len(), w.len()
    );
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        logistic_loss__wrt_rfused(
            w,
            features,
            labels,
            lambda,
            __autodiff_tape,
            seed,
            ::autodiff::__private::VecAdjoint::from(&mut g_w[..]),
            (),
            (),
            -0.0,
        )
    });
    __autodiff_value
}
///Gradient of `logistic_loss` into caller-owned buffers (generated by `#[differentiate]`): adds each partial derivative into the `g_` argument of its parameter and returns the value.
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
pub fn logistic_loss_grad_into(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    g_w: &mut [f64],
) -> f64 {
    let _ = logistic_loss;
    logistic_loss_vjp_into(w, features, labels, lambda, 1.0, g_w)
}
///Hessian-vector product of `logistic_loss` (generated by `#[differentiate]`): the value, the gradient, and the Hessian times the direction given by one `v_` argument per differentiated parameter (reverse mode over forward mode, exact to rounding). Panics if a direction's length differs from its vector's.
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
pub fn logistic_loss_hvp(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    v_w: &[f64],
) -> (f64, ::std::vec::Vec<f64>, ::std::vec::Vec<f64>) {
    let _ = logistic_loss;
    let mut __autodiff_h_w: ::std::vec::Vec<f64> = ::std::vec![0.0 as f64; w.len()];
    let mut __autodiff_g_w: ::std::vec::Vec<f64> = ::std::vec![0.0 as f64; w.len()];
    ::core::assert_eq!(
        v_w.len(), w.len(),
        "logistic_loss_hvp: the direction `v_w` has length {} but `w` has length {}", v_w
        .len(), w.len()
    );
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let ((__autodiff_value, _), __autodiff_adjoints) = logistic_loss__wrt_jvp_rfused(
            w,
            features,
            labels,
            lambda,
            ::autodiff::__private::VecTangent::from(&v_w[..]),
            (),
            (),
            0.0,
            __autodiff_tape,
            0.0,
            1.0,
            ::autodiff::__private::VecAdjoint::from(&mut __autodiff_h_w[..]),
            (),
            (),
            -0.0,
            ::autodiff::__private::VecAdjoint::from(&mut __autodiff_g_w[..]),
            (),
            (),
            -0.0,
        );
        (__autodiff_value, __autodiff_adjoints)
    });
    (__autodiff_value, __autodiff_g_w, __autodiff_h_w)
}
///Hessian-vector product of `logistic_loss` into caller-owned buffers (generated by `#[differentiate]`): adds the gradient into the `g_` argument and the Hessian times the direction (the `v_` arguments) into the `h_` argument of each differentiated parameter, and returns the value. No allocation: the form for hot loops (an inner solve's conjugate gradient). Panics if a direction's or a buffer's length differs from its vector's.
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
pub fn logistic_loss_hvp_into(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
    v_w: &[f64],
    g_w: &mut [f64],
    h_w: &mut [f64],
) -> f64 {
    let _ = logistic_loss;
    ::core::assert_eq!(
        v_w.len(), w.len(),
        "logistic_loss_hvp_into: the direction `v_w` has length {} but `w` has length {}",
        v_w.len(), w.len()
    );
    ::core::assert_eq!(
        g_w.len(), w.len(),
        "logistic_loss_hvp_into: the gradient buffer of `w` has length {} but `w` has length {}",
        g_w.len(), w.len()
    );
    ::core::assert_eq!(
        h_w.len(), w.len(),
        "logistic_loss_hvp_into: the product buffer of `w` has length {} but `w` has length {}",
        h_w.len(), w.len()
    );
    let (__autodiff_value, __autodiff_adjoints) = <f64 as ::autodiff::__private::TapeScalar>::with_tape(|
        __autodiff_tape|
    {
        let ((__autodiff_value, _), __autodiff_adjoints) = logistic_loss__wrt_jvp_rfused(
            w,
            features,
            labels,
            lambda,
            ::autodiff::__private::VecTangent::from(&v_w[..]),
            (),
            (),
            0.0,
            __autodiff_tape,
            0.0,
            1.0,
            ::autodiff::__private::VecAdjoint::from(&mut h_w[..]),
            (),
            (),
            -0.0,
            ::autodiff::__private::VecAdjoint::from(&mut g_w[..]),
            (),
            (),
            -0.0,
        );
        (__autodiff_value, __autodiff_adjoints)
    });
    __autodiff_value
}
///Hessian of `logistic_loss` (generated by `#[differentiate]`) over the differentiated parameters in order (a vector's entries one after the other), one Hessian-vector product per column.
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
pub fn logistic_loss_hessian(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
) -> ::autodiff::__private::nalgebra::DMatrix<f64> {
    let _ = logistic_loss;
    let mut __autodiff_size: usize = 0;
    let __autodiff_o_w = __autodiff_size;
    __autodiff_size += w.len();
    let mut __autodiff_v_w: ::std::vec::Vec<f64> = ::std::vec![0.0 as f64; w.len()];
    let mut __autodiff_hessian = ::autodiff::__private::nalgebra::DMatrix::<
        f64,
    >::zeros(__autodiff_size, __autodiff_size);
    for __autodiff_column in 0..__autodiff_size {
        if (__autodiff_o_w..__autodiff_o_w + w.len()).contains(&__autodiff_column) {
            __autodiff_v_w[__autodiff_column - __autodiff_o_w] = 1.0;
        }
        let __autodiff_result = logistic_loss_hvp(
            ::core::clone::Clone::clone(&w),
            ::core::clone::Clone::clone(&features),
            ::core::clone::Clone::clone(&labels),
            ::core::clone::Clone::clone(&lambda),
            &__autodiff_v_w[..],
        );
        for (__autodiff_row, __autodiff_entry) in __autodiff_result.2.iter().enumerate()
        {
            __autodiff_hessian[(__autodiff_o_w + __autodiff_row, __autodiff_column)] = *__autodiff_entry;
        }
        if (__autodiff_o_w..__autodiff_o_w + w.len()).contains(&__autodiff_column) {
            __autodiff_v_w[__autodiff_column - __autodiff_o_w] = 0.0;
        }
    }
    __autodiff_hessian
}
///Evaluation trace of one call of `logistic_loss` (generated by `#[differentiate]`): every elementary operation with its value, tangents and adjoint; `Display` prints Baydin et al.'s tables.
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
pub fn logistic_loss_trace(
    w: &[f64],
    features: &[f64],
    labels: &[f64],
    lambda: f64,
) -> ::autodiff::__private::Trace {
    let _ = logistic_loss;
    let mut __autodiff_rec = ::autodiff::__private::Recorder::new();
    let __autodiff_o0: ::std::vec::Vec<::autodiff::__private::Operand> = (0..w.len())
        .map(|k| __autodiff_rec.input(&::std::format!("{}[{}]", "w", k), w[k] as f64))
        .collect();
    let __autodiff_o3 = ::autodiff::__private::Operand::Const(lambda as f64);
    let (__autodiff_value, __autodiff_output) = logistic_loss__trace(
        w,
        features,
        labels,
        lambda,
        ::autodiff::__private::VecTangent::from(&__autodiff_o0[..]),
        ::core::default::Default::default(),
        ::core::default::Default::default(),
        __autodiff_o3,
        &mut __autodiff_rec,
    );
    __autodiff_rec.name_output("y");
    __autodiff_rec.finish(__autodiff_value as f64, __autodiff_output)
}
