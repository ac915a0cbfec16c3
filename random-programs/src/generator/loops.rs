//! Loops, each run at most [`MAX_TRIPS`] times: `for` over ranges, `while`
//! with a counter that bounds a data-dependent condition, `loop` with
//! `break value`; with `loop-label` on, some carry a label that `break` and
//! `continue` in loops inside them name.

use super::body::MAX_TRIPS;
use super::constructs::Construct;
use super::expr::{lit, CAP};
use super::scope::Int;
use super::stmt::Stmt;
use super::Gen;

/// The kind of a loop around the statement being written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum LoopKind {
    /// `for` / `while`: `break` and `continue` are allowed.
    Plain,
    /// `loop` whose value is used: `continue` only (a `break` needs the value).
    Value,
}

/// A loop around the statement being written.
#[derive(Clone)]
pub struct LoopFrame {
    /// Its kind.
    pub kind: LoopKind,
    /// Its label (`'l3`), if it has one.
    pub label: Option<String>,
}

impl Gen {
    /// A label for a new loop, sometimes, if `loop-label` is on.
    fn label(&mut self) -> Option<String> {
        (self.on.has(Construct::LoopLabel) && self.rng.chance(0.4)).then(|| self.fresh("'l"))
    }

    /// `'l: ` before a loop's keyword.
    fn labelled(label: &Option<String>) -> String {
        label.as_ref().map_or(String::new(), |l| format!("{l}: "))
    }

    pub(super) fn for_loop(&mut self) -> Stmt {
        let (u, max) = self.upper();
        let i = self.fresh("i");
        let (range, index_max) = match self.rng.below(4) {
            0 => (format!("1..={u}"), max),
            1 => (format!("(0..{u}).rev()"), max.saturating_sub(1)),
            2 => (format!("(0..{u} + 2).step_by(2)"), max + 1),
            _ => (format!("0..{u}"), max.saturating_sub(1)),
        };
        let label = self.label();
        let head = format!("{}for {i} in {range}", Self::labelled(&label));
        let frame = LoopFrame {
            kind: LoopKind::Plain,
            label,
        };
        let body = self.nested(Some(frame), |g| {
            g.scope.ints.push(Int {
                name: i.clone(),
                max: index_max,
            })
        });
        Stmt::block(head, body)
    }

    /// `let mut sum = c; for i in 0..x.len() { ..; sum += 0.25 * (x[i] * e); }`
    /// (`sum-loop`): a loss over the active vector `x`. Every term is within
    /// 0.25 · [`CAP`], so the sum stays within 0.5 + 0.25 · CAP · len(x).
    /// The statements after it may read the sum (not change it); if
    /// `linear`, only the function's result does (see
    /// [`super::function::SumLoop`]) and the sum is not put in scope. Returns
    /// the statements and the sum's name.
    pub(super) fn sum_loop(&mut self, linear: bool) -> (Vec<Stmt>, String) {
        let x = self.scope.slice.clone().unwrap_or_default();
        let sum = self.fresh("sum");
        let i = self.fresh("i");
        let start = self.rng.uniform(-0.5, 0.5);
        let frame = LoopFrame {
            kind: LoopKind::Plain,
            label: None,
        };
        let counter = Int {
            name: i.clone(),
            max: self.slice_len.saturating_sub(1),
        };
        let body = self.within(
            Some(frame),
            |g| g.scope.ints.push(counter),
            |g| {
                let len = g.rng.below(if linear { 2 } else { 3 });
                let mut body = g.statements(len);
                let e = g.expr(2);
                let e = g.scaled_to(e, CAP);
                body.push(Stmt::Line(format!(
                    "{sum} += 0.25 * ({x}[{i}] * ({}));",
                    e.text
                )));
                body
            },
        );
        let stmts = vec![
            Stmt::Line(format!("let mut {sum} = {};", lit(start))),
            Stmt::block(format!("for {i} in 0..{x}.len()"), body),
        ];
        if !linear {
            let bound = start.abs() + 0.25 * CAP * self.slice_len as f64;
            self.declare(&sum, bound, true, false);
        }
        (stmts, sum)
    }

    /// `let mut k = 0; while k < K && c { k += 1; .. }`: a data-dependent trip
    /// count, at most K.
    pub(super) fn while_loop(&mut self) -> Vec<Stmt> {
        let k = self.fresh("k");
        let limit = self.rng.below(MAX_TRIPS) + 1;
        let c = self.condition();
        let label = self.label();
        let head = format!("{}while {k} < {limit} && {c}", Self::labelled(&label));
        let mut body = vec![Stmt::Line(format!("{k} += 1;"))];
        let counter = k.clone();
        let frame = LoopFrame {
            kind: LoopKind::Plain,
            label,
        };
        body.extend(self.nested(Some(frame), |g| {
            g.scope.ints.push(Int {
                name: counter,
                max: limit,
            })
        }));
        self.scope.ints.push(Int {
            name: k.clone(),
            max: limit,
        });
        vec![
            Stmt::Line(format!("let mut {k} = 0;")),
            Stmt::block(head, body),
        ]
    }

    /// `let t = loop { k += 1; if k > K { break e; } .. if c { break e; } };`
    pub(super) fn loop_with_value(&mut self) -> Vec<Stmt> {
        let k = self.fresh("k");
        let limit = self.rng.below(MAX_TRIPS) + 1;
        let first = self.expr(2);
        let mut body = vec![
            Stmt::Line(format!("{k} += 1;")),
            Stmt::block(
                format!("if {k} > {limit}"),
                vec![Stmt::Line(format!("break {};", first.text))],
            ),
        ];
        let label = self.label();
        let frame = LoopFrame {
            kind: LoopKind::Value,
            label: label.clone(),
        };
        let counter = Int {
            name: k.clone(),
            max: limit,
        };
        let second = self.within(
            Some(frame),
            |g| g.scope.ints.push(counter),
            |g| {
                let len = g.rng.below(3) + 1;
                body.extend(g.statements(len));
                let c = g.condition();
                let second = g.expr(2);
                body.push(Stmt::block(
                    format!("if {c}"),
                    vec![Stmt::Line(format!("break {};", second.text))],
                ));
                second
            },
        );
        let t = self.fresh("t");
        self.declare(
            &t,
            first.bound.max(second.bound),
            first.typed || second.typed,
            false,
        );
        vec![
            Stmt::Line(format!("let mut {k} = 0;")),
            Stmt::Block {
                head: format!("let {t} = {}loop", Self::labelled(&label)),
                body,
                tail: Vec::new(),
                end: ";",
            },
        ]
    }

    /// `if c { break; }` or `if c { continue; }`, of the innermost loop or,
    /// sometimes, of a labelled loop around it (`break 'l3;`).
    pub(super) fn break_or_continue(&mut self, plain: bool) -> Stmt {
        let c = self.condition();
        let labelled: Vec<LoopFrame> = self
            .loops
            .iter()
            .filter(|l| l.label.is_some())
            .cloned()
            .collect();
        let (plain, label) = if !labelled.is_empty() && self.rng.chance(0.5) {
            let target = self.rng.pick(&labelled).clone();
            (target.kind == LoopKind::Plain, target.label)
        } else {
            (plain, None)
        };
        let word = if plain && self.rng.chance(0.5) {
            "break"
        } else {
            "continue"
        };
        let target = label.map_or(String::new(), |l| format!(" {l}"));
        Stmt::block(
            format!("if {c}"),
            vec![Stmt::Line(format!("{word}{target};"))],
        )
    }
}
