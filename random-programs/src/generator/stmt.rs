//! Statements as a small tree, rendered as indented Rust.

/// One statement.
pub enum Stmt {
    /// A complete one-line statement: `let t0 = ..;`, `a1 += ..;`, `break;`.
    Line(String),
    /// `head { body } tail.0 { tail.1 } .. end`: loops, `if` / `else`,
    /// `match` and its arms, `let t = loop { .. };`.
    Block {
        /// Everything before the first brace.
        head: String,
        /// The statements in the first braces.
        body: Vec<Stmt>,
        /// Further `else` / `else if ..` parts.
        tail: Vec<(String, Vec<Stmt>)>,
        /// What follows the last brace (`;` or nothing).
        end: &'static str,
    },
}

impl Stmt {
    /// `head { body }`.
    pub fn block(head: String, body: Vec<Stmt>) -> Stmt {
        Stmt::Block {
            head,
            body,
            tail: Vec::new(),
            end: "",
        }
    }
}

/// Appends `stmts` to `out`, indented by `indent` levels of four spaces.
pub fn render(stmts: &[Stmt], indent: usize, out: &mut String) {
    let pad = "    ".repeat(indent);
    for s in stmts {
        match s {
            Stmt::Line(line) => {
                out.push_str(&pad);
                out.push_str(line);
                out.push('\n');
            }
            Stmt::Block {
                head,
                body,
                tail,
                end,
            } => {
                out.push_str(&format!("{pad}{head} {{\n"));
                render(body, indent + 1, out);
                for (head, body) in tail {
                    out.push_str(&format!("{pad}}} {head} {{\n"));
                    render(body, indent + 1, out);
                }
                out.push_str(&format!("{pad}}}{end}\n"));
            }
        }
    }
}
