//! The rules table: every elementary function the macro differentiates, with
//! its partial derivatives.
//!
//! Like JAX's `defjvp` table, the rules say *what* the derivative of each
//! primitive is and nothing about *how* a transform uses it: forward mode,
//! reverse mode and the trace all read the same entries. A partial is an IR
//! expression over the operands `a[0], a[1], ...` (the receiver of the method
//! form first) and the result `r`, so derivatives of derivatives come from the
//! same table.
//!
//! Values at points where a function is not differentiable are chosen here
//! and documented in the README:
//! - `abs` at 0: 0 (the minimum-norm subgradient);
//! - `max` / `min` at a tie: 1/2 to each operand; when one operand is NaN the
//!   whole derivative goes to the other one, whose value is returned;
//! - `signum`, `floor`, `ceil`, `round`, `trunc`: 0 everywhere;
//! - `powi(x, 0)` and `powf(x, 0)`: 0 with respect to x, also at x = 0;
//! - `powf(x, y)` with respect to y where the result is 0: 0;
//! - `hypot(0, 0)`: 0 with respect to both operands, and so is the second
//!   derivative there (the derivative of that 0);
//! - `atan2(0, 0)`: NaN (0/0) for both operands: the function is not
//!   continuous there, so no finite value would be a derivative;
//! - an arm of a select that is not taken stays finite where the arm taken
//!   is the documented value (`powi`, `powf`, `hypot`): second order
//!   differentiates both arms, and 0 × inf would be NaN;
//! - NaN local derivatives propagate through zero weights (0 × NaN = NaN):
//!   `x.sqrt().max(y)` at x < 0 has the partial NaN in x;
//! - `sqrt` at 0 and -0: +inf; `cbrt` at 0, `ln` at 0, `asin`/`acos` at ±1:
//!   ±inf as the formula gives;
//! - `powi(x, i32::MIN)`: n x^n / x (n - 1 does not fit in `i32`).

use crate::ir::build::*;
use crate::ir::{BinOp, Expr};

/// What an operand of a rule is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// A float operand, differentiated.
    Float,
    /// An integer operand (the exponent of `powi`), never differentiated.
    Int,
}

/// One elementary function.
#[derive(Debug)]
pub struct RuleDef {
    pub name: &'static str,
    pub args: &'static [ArgKind],
    /// Worth keeping from the forward sweep rather than recomputing.
    pub expensive: bool,
    /// The derivative is zero wherever it exists (`floor`, `signum`, ...).
    pub piecewise_constant: bool,
    /// The partial derivative with respect to each operand (`None` for
    /// integer operands), from the operands and the result.
    pub partials: fn(&[Expr], &Expr) -> Vec<Option<Expr>>,
}

const F1: &[ArgKind] = &[ArgKind::Float];
const F2: &[ArgKind] = &[ArgKind::Float, ArgKind::Float];
const F3: &[ArgKind] = &[ArgKind::Float, ArgKind::Float, ArgKind::Float];
const FI: &[ArgKind] = &[ArgKind::Float, ArgKind::Int];

macro_rules! rules {
    ($($id:ident: $name:literal, $args:expr, expensive = $exp:literal, |$a:ident, $r:ident| $body:expr;)*) => {
        $(
            pub static $id: RuleDef = RuleDef {
                name: $name,
                args: $args,
                expensive: $exp,
                piecewise_constant: false,
                partials: {
                    #[allow(unused_variables)]
                    fn partials($a: &[Expr], $r: &Expr) -> Vec<Option<Expr>> {
                        $body
                    }
                    partials
                },
            };
        )*
    };
}

macro_rules! constant_rules {
    ($($id:ident: $name:literal,)*) => {
        $(
            pub static $id: RuleDef = RuleDef {
                name: $name,
                args: F1,
                expensive: false,
                piecewise_constant: true,
                partials: |_, _| vec![Some(float(0.0))],
            };
        )*
    };
}

fn one(e: Expr) -> Vec<Option<Expr>> {
    vec![Some(e)]
}

fn sq(e: &Expr) -> Expr {
    mul(e.clone(), e.clone())
}

fn call(rule: &'static RuleDef, args: Vec<Expr>) -> Expr {
    Expr::Rule(rule, args)
}

/// 1 where `first` wins, 1/2 at a tie, 0 where it loses; NaN operands lose.
fn winner_weight(first: &Expr, second: &Expr, wins: BinOp) -> Expr {
    let strictly = binary(
        BinOp::Or,
        binary(wins, first.clone(), second.clone()),
        is_nan(second.clone()),
    );
    let tie = binary(BinOp::Eq, first.clone(), second.clone());
    select(strictly, float(1.0), select(tie, float(0.5), float(0.0)))
}

rules! {
    SIN: "sin", F1, expensive = true, |a, r| one(call(&COS, vec![a[0].clone()]));
    COS: "cos", F1, expensive = true, |a, r| one(neg(call(&SIN, vec![a[0].clone()])));
    TAN: "tan", F1, expensive = true, |a, r| one(add(float(1.0), sq(r)));
    ASIN: "asin", F1, expensive = true, |a, r| one(div(float(1.0), call(&SQRT, vec![sub(float(1.0), sq(&a[0]))])));
    ACOS: "acos", F1, expensive = true, |a, r| one(div(float(-1.0), call(&SQRT, vec![sub(float(1.0), sq(&a[0]))])));
    ATAN: "atan", F1, expensive = true, |a, r| one(div(float(1.0), add(float(1.0), sq(&a[0]))));
    ATAN2: "atan2", F2, expensive = true, |a, r| {
        let norm = add(sq(&a[0]), sq(&a[1]));
        vec![Some(div(a[1].clone(), norm.clone())), Some(div(neg(a[0].clone()), norm))]
    };
    SINH: "sinh", F1, expensive = true, |a, r| one(call(&COSH, vec![a[0].clone()]));
    COSH: "cosh", F1, expensive = true, |a, r| one(call(&SINH, vec![a[0].clone()]));
    TANH: "tanh", F1, expensive = true, |a, r| one(sub(float(1.0), sq(r)));
    ASINH: "asinh", F1, expensive = true, |a, r| one(div(float(1.0), call(&SQRT, vec![add(sq(&a[0]), float(1.0))])));
    ACOSH: "acosh", F1, expensive = true, |a, r| one(div(
        float(1.0),
        mul(call(&SQRT, vec![sub(a[0].clone(), float(1.0))]), call(&SQRT, vec![add(a[0].clone(), float(1.0))])),
    ));
    ATANH: "atanh", F1, expensive = true, |a, r| one(div(float(1.0), sub(float(1.0), sq(&a[0]))));
    EXP: "exp", F1, expensive = true, |a, r| one(r.clone());
    EXP2: "exp2", F1, expensive = true, |a, r| one(mul(r.clone(), Expr::ScalarConst("LN_2")));
    EXP_M1: "exp_m1", F1, expensive = true, |a, r| one(add(r.clone(), float(1.0)));
    LN: "ln", F1, expensive = true, |a, r| one(div(float(1.0), a[0].clone()));
    LOG10: "log10", F1, expensive = true, |a, r| one(div(float(1.0), mul(a[0].clone(), Expr::ScalarConst("LN_10"))));
    LOG2: "log2", F1, expensive = true, |a, r| one(div(float(1.0), mul(a[0].clone(), Expr::ScalarConst("LN_2"))));
    LOG: "log", F2, expensive = true, |a, r| {
        let ln_base = call(&LN, vec![a[1].clone()]);
        vec![
            Some(div(float(1.0), mul(a[0].clone(), ln_base.clone()))),
            Some(neg(div(r.clone(), mul(a[1].clone(), ln_base)))),
        ]
    };
    LN_1P: "ln_1p", F1, expensive = true, |a, r| one(div(float(1.0), add(float(1.0), a[0].clone())));
    SQRT: "sqrt", F1, expensive = true, |a, r| one(div(float(0.5), call(&ABS, vec![r.clone()])));
    CBRT: "cbrt", F1, expensive = true, |a, r| one(div(float(1.0), mul(float(3.0), sq(r))));
    POWI: "powi", FI, expensive = true, |a, r| {
        let (x, n) = (a[0].clone(), a[1].clone());
        let slope = mul(cast_scalar(n.clone()), call(&POWI, vec![x.clone(), binary(BinOp::Sub, n.clone(), int(1))]));
        let at_min = binary(BinOp::Eq, n.clone(), host(syn::parse_quote!(i32::MIN)));
        // n x^n / x, dividing by 1 when n is not i32::MIN: second order
        // differentiates both arms of a select, and 1/x would make the arm not
        // taken NaN at x = 0 (0 × NaN = NaN, so x.powi(2) had H = NaN at 0).
        let divisor = select(at_min.clone(), x, float(1.0));
        let slope_at_min = div(mul(cast_scalar(n.clone()), r.clone()), divisor);
        vec![Some(select(binary(BinOp::Eq, n, int(0)), float(0.0), select(at_min, slope_at_min, slope))), None]
    };
    POWF: "powf", F2, expensive = true, |a, r| {
        let (x, y) = (a[0].clone(), a[1].clone());
        let (y_zero, r_zero) = (binary(BinOp::Eq, y.clone(), float(0.0)), binary(BinOp::Eq, r.clone(), float(0.0)));
        // y x^(y-1) and r ln x, with x replaced by 1 where the select takes
        // the other arm: second order differentiates both arms, and at x = 0
        // the arm not taken would be 0 × inf = NaN (FINDINGS.md, F4).
        let dx = mul(y.clone(), call(&POWF, vec![select(y_zero.clone(), float(1.0), x.clone()), sub(y, float(1.0))]));
        let dy = mul(r.clone(), call(&LN, vec![select(r_zero.clone(), float(1.0), x)]));
        vec![Some(select(y_zero, float(0.0), dx)), Some(select(r_zero, float(0.0), dy))]
    };
    ABS: "abs", F1, expensive = false, |a, r| one(select(
        binary(BinOp::Eq, a[0].clone(), float(0.0)),
        float(0.0),
        call(&SIGNUM, vec![a[0].clone()]),
    ));
    RECIP: "recip", F1, expensive = false, |a, r| one(neg(sq(r)));
    HYPOT: "hypot", F2, expensive = true, |a, r| {
        let zero = binary(BinOp::Eq, r.clone(), float(0.0));
        // a / r, dividing by 1 at the origin, where the arm is not taken: its
        // derivative would be 0/0 there (FINDINGS.md, F4).
        let norm = select(zero.clone(), float(1.0), r.clone());
        vec![
            Some(select(zero.clone(), float(0.0), div(a[0].clone(), norm.clone()))),
            Some(select(zero, float(0.0), div(a[1].clone(), norm))),
        ]
    };
    MUL_ADD: "mul_add", F3, expensive = false, |a, r| vec![Some(a[1].clone()), Some(a[0].clone()), Some(float(1.0))];
    MAX: "max", F2, expensive = false, |a, r| {
        let w = winner_weight(&a[0], &a[1], BinOp::Gt);
        vec![Some(w.clone()), Some(sub(float(1.0), w))]
    };
    MIN: "min", F2, expensive = false, |a, r| {
        let w = winner_weight(&a[0], &a[1], BinOp::Lt);
        vec![Some(w.clone()), Some(sub(float(1.0), w))]
    };
}

constant_rules! {
    SIGNUM: "signum",
    FLOOR: "floor",
    CEIL: "ceil",
    ROUND: "round",
    TRUNC: "trunc",
}

/// Every rule, for lookup by name.
static TABLE: &[&RuleDef] = &[
    &SIN, &COS, &TAN, &ASIN, &ACOS, &ATAN, &ATAN2, &SINH, &COSH, &TANH, &ASINH, &ACOSH, &ATANH,
    &EXP, &EXP2, &EXP_M1, &LN, &LOG10, &LOG2, &LOG, &LN_1P, &SQRT, &CBRT, &POWI, &POWF, &ABS,
    &SIGNUM, &RECIP, &HYPOT, &MUL_ADD, &MAX, &MIN, &FLOOR, &CEIL, &ROUND, &TRUNC,
];

/// The rule for a method or `f64::` function name.
pub fn lookup(name: &str) -> Option<&'static RuleDef> {
    TABLE.iter().copied().find(|r| r.name == name)
}

/// Every rule name, for error messages.
pub fn names() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|r| r.name)
}

/// Float methods whose result is not a float (so it carries no derivative):
/// allowed on active values.
pub fn is_query(name: &str) -> bool {
    matches!(
        name,
        "is_nan"
            | "is_infinite"
            | "is_finite"
            | "is_normal"
            | "is_subnormal"
            | "is_sign_positive"
            | "is_sign_negative"
            | "classify"
            | "to_bits"
            | "total_cmp"
            | "partial_cmp"
            | "len"
            | "is_empty"
    )
}

/// The partials of the arithmetic operators, as for rules.
pub fn arithmetic_partials(op: BinOp, a: &Expr, b: &Expr, r: &Expr) -> [Expr; 2] {
    match op {
        BinOp::Add => [float(1.0), float(1.0)],
        BinOp::Sub => [float(1.0), float(-1.0)],
        BinOp::Mul => [b.clone(), a.clone()],
        BinOp::Div => [div(float(1.0), b.clone()), neg(div(r.clone(), b.clone()))],
        _ => [
            float(1.0),
            neg(call(&TRUNC, vec![div(a.clone(), b.clone())])),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_gives_one_partial_per_operand() {
        for rule in TABLE {
            let args: Vec<Expr> = rule.args.iter().map(|_| float(2.0)).collect();
            assert_eq!(
                (rule.partials)(&args, &float(1.0)).len(),
                rule.args.len(),
                "{}",
                rule.name
            );
        }
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = names().collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), TABLE.len());
    }
}
