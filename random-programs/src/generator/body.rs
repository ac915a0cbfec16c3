//! Random statements. Every float a statement stores keeps a bound: a
//! temporary has its expression's bound, and every update of an accumulator
//! or a buffer element keeps [`CAP`] (`a += c * (u - a)` with |u| ≤ CAP and
//! 0 < c < 1, `a *= w` with |w| ≤ 1, ...), however often a loop runs it.
//! Loops run at most a few times and their counters bound every `while`.

use super::constructs::Construct;
use super::expr::{lit, Ex, CAP};
use super::loops::{LoopFrame, LoopKind};
use super::scope::{Buffer, Float, Int};
use super::stmt::Stmt;
use super::Gen;

/// The deepest nesting of loops and branches.
const MAX_NESTING: usize = 3;
/// The largest trip count of a loop.
pub const MAX_TRIPS: usize = 5;

impl Gen {
    /// Up to `len` statements in the current block.
    pub fn statements(&mut self, len: usize) -> Vec<Stmt> {
        let mut out = Vec::new();
        for _ in 0..len {
            if self.budget == 0 {
                break;
            }
            self.budget -= 1;
            out.extend(self.statement());
        }
        out
    }

    fn statement(&mut self) -> Vec<Stmt> {
        let nest = self.nesting < MAX_NESTING;
        let accumulators = self.scope.floats.iter().any(|f| f.assignable);
        let in_plain_loop = self.loops.last().map(|l| l.kind) == Some(LoopKind::Plain);
        let in_loop = !self.loops.is_empty();
        let on = |c: Construct| self.on.has(c);
        loop {
            return match self.rng.below(16) {
                0 | 1 => vec![self.let_temporary()],
                2 => vec![self.let_accumulator()],
                3 | 4 if accumulators => vec![self.update()],
                5 if nest && on(Construct::For) => vec![self.for_loop()],
                6 if nest && on(Construct::While) => self.while_loop(),
                7 if nest && on(Construct::LoopBreakValue) => self.loop_with_value(),
                8 | 9 if nest && (on(Construct::ActiveIf) || on(Construct::PassiveIf)) => {
                    vec![self.if_else()]
                }
                10 if nest && on(Construct::Match) && !self.scope.ints.is_empty() => {
                    vec![self.match_statement()]
                }
                11 if on(Construct::EarlyReturn) && (in_loop || self.nesting > 0) => {
                    vec![self.early_return()]
                }
                12 if on(Construct::BreakContinue) && in_loop => {
                    vec![self.break_or_continue(in_plain_loop)]
                }
                13 if !self.vector_callees().is_empty() && self.rng.chance(0.3) => {
                    let i = *self.rng.pick(&self.vector_callees());
                    vec![self.vector_call(i)]
                }
                13 if on(Construct::Buffer) || on(Construct::Push) => self.buffer_statement(),
                14 | 15 if self.dvector && self.scope.slice.is_some() && self.rng.chance(0.4) => {
                    vec![self.dvector_statement()]
                }
                14 | 15 if on(Construct::SliceIterator) && self.scope.slice.is_some() => {
                    if nest && self.rng.chance(0.5) {
                        vec![self.slice_loop()]
                    } else {
                        vec![self.slice_reduction()]
                    }
                }
                _ => continue,
            };
        }
    }

    /// A fresh name with the prefix `p`.
    pub fn fresh(&mut self, p: &str) -> String {
        self.names += 1;
        format!("{p}{}", self.names)
    }

    fn let_temporary(&mut self) -> Stmt {
        let e = self.expr(3);
        let name = self.fresh("t");
        self.declare(&name, e.bound, e.typed, false);
        Stmt::Line(format!("let {name} = {};", e.text))
    }

    fn let_accumulator(&mut self) -> Stmt {
        let e = self.expr(2);
        let e = self.scaled_to(e, CAP);
        let name = self.fresh("a");
        self.declare(&name, CAP, e.typed, true);
        Stmt::Line(format!("let mut {name} = {};", e.text))
    }

    /// Adds a float to the scope.
    pub fn declare(&mut self, name: &str, bound: f64, typed: bool, assignable: bool) {
        self.scope.floats.push(Float {
            name: name.to_string(),
            bound,
            typed,
            assignable,
            by_ref: false,
        });
    }

    /// An update of an accumulator that keeps its bound [`CAP`].
    fn update(&mut self) -> Stmt {
        let targets: Vec<String> = self
            .scope
            .floats
            .iter()
            .filter(|f| f.assignable)
            .map(|f| f.name.clone())
            .collect();
        let a = self.rng.pick(&targets).clone();
        Stmt::Line(self.capped_store(&a))
    }

    /// `place OP= ..;` keeping |place| ≤ CAP when it holds.
    fn capped_store(&mut self, place: &str) -> String {
        let e = self.expr(2);
        let c = lit(self.rng.uniform(0.1, 0.9));
        match self.rng.below(6) {
            0 if e.text != place => {
                let u = self.scaled_to(e, CAP);
                format!("{place} = {};", u.text)
            }
            1 => {
                let u = self.scaled_to(e, CAP);
                format!("{place} += {c} * ({} - {place});", u.text)
            }
            2 => {
                let u = self.scaled_to(e, CAP);
                format!("{place} -= {c} * ({place} - {});", u.text)
            }
            3 => {
                let w = self.scaled_to(e, 1.0);
                format!("{place} *= {};", w.text)
            }
            4 => {
                let w = self.scaled_to(e, 1.0);
                format!("{place} /= 2.0 + {};", w.text)
            }
            _ => {
                let u = self.scaled_to(e, 1.0);
                format!("{place} = 0.5 * {place} + {};", u.text)
            }
        }
    }

    /// A loop bound: a passive integer of the scope or a literal, at most
    /// [`MAX_TRIPS`].
    pub fn upper(&mut self) -> (String, usize) {
        let small: Vec<(String, usize)> = self
            .scope
            .ints
            .iter()
            .filter(|i| i.max < MAX_TRIPS)
            .map(|i| (i.name.clone(), i.max))
            .collect();
        if small.is_empty() || self.rng.chance(0.2) {
            let k = self.rng.below(MAX_TRIPS) + 1;
            return (k.to_string(), k);
        }
        let (name, max) = self.rng.pick(&small).clone();
        if self.rng.chance(0.4) {
            (format!("{name} + 1"), max + 1)
        } else {
            (name, max)
        }
    }

    /// The body of a loop or branch, one level deeper.
    pub fn nested(&mut self, frame: Option<LoopFrame>, setup: impl FnOnce(&mut Self)) -> Vec<Stmt> {
        self.within(frame, setup, |g| {
            let len = g.rng.below(3) + 1;
            g.statements(len)
        })
    }

    /// What `write` returns, written one level deeper (inside `frame` if it
    /// is a loop) with the names `setup` declares, which are forgotten after.
    pub fn within<T>(
        &mut self,
        frame: Option<LoopFrame>,
        setup: impl FnOnce(&mut Self),
        write: impl FnOnce(&mut Self) -> T,
    ) -> T {
        let mark = self.scope.mark();
        setup(self);
        self.nesting += 1;
        let is_loop = frame.is_some();
        self.loops.extend(frame);
        let written = write(self);
        if is_loop {
            self.loops.pop();
        }
        self.nesting -= 1;
        self.scope.restore(mark);
        written
    }

    fn if_else(&mut self) -> Stmt {
        let c = self.condition();
        let body = self.nested(None, |_| {});
        let mut tail = Vec::new();
        if self.rng.chance(0.3) {
            let c = self.condition();
            tail.push((format!("else if {c}"), self.nested(None, |_| {})));
        }
        if self.rng.chance(0.6) {
            tail.push((String::from("else"), self.nested(None, |_| {})));
        }
        Stmt::Block {
            head: format!("if {c}"),
            body,
            tail,
            end: "",
        }
    }

    fn match_statement(&mut self) -> Stmt {
        let (i, _) = self.int_expr();
        let arms = ["0 =>", "1 | 2 =>", "_ =>"]
            .iter()
            .map(|arm| Stmt::block(arm.to_string(), self.nested(None, |_| {})))
            .collect();
        Stmt::block(format!("match ({i}) % 4"), arms)
    }

    fn early_return(&mut self) -> Stmt {
        let c = self.condition();
        let value = match self.result_shape {
            Some(shape) => self.vector_value(shape),
            None => {
                let e = self.expr(2);
                self.scaled_to(e, CAP).text
            }
        };
        Stmt::block(
            format!("if {c}"),
            vec![Stmt::Line(format!("return {value};"))],
        )
    }

    /// A new local vector, a store into one, or a push.
    fn buffer_statement(&mut self) -> Vec<Stmt> {
        let stores = self.on.has(Construct::Buffer);
        let pushes = self.on.has(Construct::Push);
        if self.scope.buffers.is_empty() || self.rng.chance(0.3) {
            return self.new_buffer(stores, pushes);
        }
        let k = self.rng.below(self.scope.buffers.len());
        let b = self.scope.buffers[k].name.clone();
        let growable = self.scope.buffers[k].growable && !self.scope.buffers[k].passed;
        if pushes && growable && (!stores || self.rng.chance(0.3)) {
            self.scope.buffers[k].len = None;
            let e = self.expr(2);
            let e = self.scaled_to(e, CAP);
            return vec![Stmt::Line(format!("{b}.push({});", e.text))];
        }
        // The index first: `b[i % b.len()] = ..` borrows b twice.
        let (i, _) = self.int_expr();
        let at = self.fresh("i");
        vec![
            Stmt::Line(format!("let {at} = ({i}) % {b}.len();")),
            Stmt::Line(self.capped_store(&format!("{b}[{at}]"))),
        ]
    }

    /// `let b = vec![e; 3];`, for a slice helper that must be called where
    /// there is no other vector.
    pub fn fixed_buffer(&mut self) -> Stmt {
        let b = self.fresh("b");
        let e = self.active_expr(2);
        let e = self.scaled_to(e, CAP);
        self.scope.buffers.push(Buffer {
            name: b.clone(),
            cap: CAP,
            typed: true,
            len: Some(3),
            passed: false,
            dvector: false,
            growable: true,
        });
        Stmt::Line(format!("let {b} = vec![{}; 3];", e.text))
    }

    fn new_buffer(&mut self, stores: bool, pushes: bool) -> Vec<Stmt> {
        let b = self.fresh("b");
        let e = self.expr(2);
        let e = self.scaled_to(e, CAP);
        let (out, typed, len) = if pushes && (!stores || self.rng.chance(0.4)) {
            let make = if self.rng.chance(0.5) {
                String::from("Vec::new()")
            } else {
                format!("Vec::with_capacity({})", self.upper().0)
            };
            let lines = vec![
                Stmt::Line(format!("let mut {b} = {make};")),
                Stmt::Line(format!("{b}.push({});", e.text)),
            ];
            (lines, e.typed, None)
        } else {
            // Never empty: loop indices in `upper` may be 0.
            let (len, max) = self.upper();
            let deref = e.text.contains("(*") && !self.on.has(Construct::DerefInVec);
            let (init, typed) = if deref || self.rng.chance(0.5) {
                (String::from("0.0"), false)
            } else {
                (e.text, e.typed)
            };
            (
                vec![Stmt::Line(format!(
                    "let mut {b} = vec![{init}; {len} + 1];"
                ))],
                typed,
                Some(max + 1),
            )
        };
        self.scope.buffers.push(Buffer {
            name: b,
            cap: CAP,
            typed,
            len,
            passed: false,
            dvector: false,
            growable: true,
        });
        out
    }

    /// `for v in x.iter() { .. }`, with `.copied()` or `.enumerate()`.
    fn slice_loop(&mut self) -> Stmt {
        let x = self.scope.slice.clone().unwrap_or_default();
        let v = self.fresh("v");
        let (head, by_ref, index) = match self.rng.below(3) {
            0 => (format!("for {v} in {x}.iter()"), true, None),
            1 => (format!("for {v} in {x}.iter().copied()"), false, None),
            _ => {
                let j = self.fresh("j");
                (
                    format!("for ({j}, {v}) in {x}.iter().enumerate()"),
                    true,
                    Some(j),
                )
            }
        };
        let last = self.slice_len - 1;
        let frame = LoopFrame {
            kind: LoopKind::Plain,
            label: None,
        };
        let body = self.nested(Some(frame), |g| {
            g.scope.floats.push(Float {
                name: v.clone(),
                bound: g.slice_bound,
                typed: true,
                assignable: false,
                by_ref,
            });
            if let Some(j) = index {
                g.scope.ints.push(Int { name: j, max: last });
            }
        });
        Stmt::block(head, body)
    }

    /// `let t: f64 = x.iter().map(|v| ..).sum();`, `.product()` or `.fold(..)`.
    fn slice_reduction(&mut self) -> Stmt {
        let x = self.scope.slice.clone().unwrap_or_default();
        let t = self.fresh("t");
        let v = self.fresh("v");
        let copied = self.rng.chance(0.5);
        let source = if copied {
            format!("{x}.iter().copied()")
        } else {
            format!("{x}.iter()")
        };
        let item = self.in_closure(&v, !copied, 1.5);
        let n = self.slice_len as f64;
        let (text, bound, typed) = match self.rng.below(3) {
            0 => (
                format!("let {t}: f64 = {source}.map(|{v}| {}).sum();", item.text),
                n * 1.5,
                true,
            ),
            1 => (
                format!(
                    "let {t}: f64 = {source}.map(|{v}| {}).product();",
                    item.text
                ),
                1.5f64.powf(n),
                true,
            ),
            _ => {
                let acc = self.fresh("s");
                let init = lit(self.rng.uniform(-1.0, 1.0));
                self.declare(&acc, CAP, false, false);
                let step = self.in_closure(&v, !copied, 1.0);
                self.scope.floats.pop();
                let c = lit(self.rng.uniform(0.1, 0.5));
                let text = format!(
                    "let {t} = {source}.fold({init}, |{acc}, {v}| {c} * {acc} + {});",
                    step.text
                );
                (text, CAP, step.typed)
            }
        };
        self.declare(&t, bound, typed, false);
        Stmt::Line(text)
    }

    /// An expression of the closure parameter `v` (and the scope), within `c`.
    fn in_closure(&mut self, v: &str, by_ref: bool, c: f64) -> Ex {
        self.scope.floats.push(Float {
            name: v.to_string(),
            bound: self.slice_bound,
            typed: true,
            assignable: false,
            by_ref,
        });
        let e = self.expr(2);
        let e = self.scaled_to(e, c);
        self.scope.floats.pop();
        e
    }
}
