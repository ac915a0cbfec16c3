//! Runs `autodiff_expand::expand` on one input at a time, catches panics,
//! reads the `compile_error!` invocations out of the expansion, and collects
//! every failed expectation so that one test reports all its bad inputs.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use std::cell::{Cell, RefCell};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// One `compile_error!` of an expansion.
pub struct CompileError {
    pub message: String,
    /// From the first to the last token of the code it blames.
    pub span: Span,
}

impl CompileError {
    /// The source text the error points at, if its span lies in one input.
    pub fn source_text(&self) -> Option<String> {
        self.span.source_text()
    }
}

/// What one expansion gave.
pub struct Expansion {
    pub output: TokenStream,
    pub errors: Vec<CompileError>,
}

thread_local! {
    static EXPANDING: Cell<bool> = const { Cell::new(false) };
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps the panics of expansions out of the test output: the hook records
/// the message and location for the report instead. Panics elsewhere (a
/// failed assertion) print as usual.
fn record_panics() {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if EXPANDING.with(Cell::get) {
                PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
            } else {
                default(info);
            }
        }));
    });
}

/// `#[differentiate(args)] item`, or the panic's message and location.
pub fn expand(args: &TokenStream, item: &TokenStream) -> Result<Expansion, String> {
    record_panics();
    EXPANDING.with(|e| e.set(true));
    let result = catch_unwind(AssertUnwindSafe(|| {
        autodiff_expand::expand(args.clone(), item.clone())
    }));
    EXPANDING.with(|e| e.set(false));
    match result {
        Ok(output) => Ok(Expansion {
            errors: compile_errors(&output),
            output,
        }),
        Err(_) => Err(PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| "a panic without a message".into())),
    }
}

/// The `compile_error! { "message" }` invocations in `tokens`, at any depth.
fn compile_errors(tokens: &TokenStream) -> Vec<CompileError> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut found = Vec::new();
    for (i, tree) in trees.iter().enumerate() {
        match (tree, trees.get(i + 1), trees.get(i + 2)) {
            (
                TokenTree::Ident(name),
                Some(TokenTree::Punct(bang)),
                Some(TokenTree::Group(body)),
            ) if name == "compile_error" && bang.as_char() == '!' => {
                let message = syn::parse2::<syn::LitStr>(body.stream())
                    .map_or_else(|_| body.stream().to_string(), |lit| lit.value());
                let span = name.span().join(body.span()).unwrap_or(name.span());
                found.push(CompileError { message, span });
            }
            (TokenTree::Group(g), _, _) => found.extend(compile_errors(&g.stream())),
            _ => {}
        }
    }
    found
}

/// Whether `span` lies inside the text that `tokens` were lexed from (each
/// lexed string is its own file; spans of different files do not join).
pub fn within(span: Span, tokens: &TokenStream) -> bool {
    first_span(tokens).is_some_and(|s| s.join(span).is_some())
}

fn first_span(tokens: &TokenStream) -> Option<Span> {
    tokens.clone().into_iter().next().map(|t| match t {
        TokenTree::Group(g) if g.delimiter() == Delimiter::None => {
            first_span(&g.stream()).unwrap_or(g.span())
        }
        t => t.span(),
    })
}

/// The failed expectations of one test; [`Failures::finish`] reports them
/// all at once.
#[derive(Default)]
pub struct Failures {
    list: Vec<String>,
    inputs: usize,
}

impl Failures {
    /// Expands `#[differentiate(args)] item`; a panic is a failure.
    pub fn expand(&mut self, args: &TokenStream, item: &TokenStream) -> Option<Expansion> {
        self.inputs += 1;
        match expand(args, item) {
            Ok(expansion) => Some(expansion),
            Err(panic) => {
                self.fail(args, item, &format!("the macro panicked: {panic}"));
                None
            }
        }
    }

    /// Records that `#[differentiate(args)] item` went wrong.
    pub fn fail(&mut self, args: &TokenStream, item: &TokenStream, what: &str) {
        self.list
            .push(format!("#[differentiate({args})] {item}\n    {what}"));
    }

    /// An input outside the subset: the expansion must carry a compile error
    /// whose message contains `message` and whose span covers code
    /// containing `marker`, and every error must point into the input.
    pub fn rejects(&mut self, args: &TokenStream, item: &TokenStream, marker: &str, message: &str) {
        let Some(expansion) = self.expand(args, item) else {
            return;
        };
        let errors = &expansion.errors;
        if let Some(e) = errors
            .iter()
            .find(|e| !within(e.span, item) && !within(e.span, args))
        {
            return self.fail(
                args,
                item,
                &format!("error outside the input: {}", e.message),
            );
        }
        let expected = |e: &&CompileError| {
            e.message.contains(message) && e.source_text().is_some_and(|t| t.contains(marker))
        };
        if !errors.iter().any(|e| expected(&e)) {
            let found: Vec<String> = errors
                .iter()
                .map(|e| {
                    format!(
                        "`{}` at `{}`",
                        e.message,
                        e.source_text().unwrap_or_default()
                    )
                })
                .collect();
            self.fail(
                args,
                item,
                &format!("expected an error containing `{message}` at `{marker}`, found {found:?}"),
            );
        }
    }

    /// Any input: the expansion must not panic; an item that is not a
    /// function must come back with a compile error, and the expansion of a
    /// function must parse as Rust items (no error of ours breaks the
    /// syntax around it).
    pub fn survives(&mut self, args: &TokenStream, item: &TokenStream) {
        let Some(expansion) = self.expand(args, item) else {
            return;
        };
        if syn::parse2::<syn::ItemFn>(item.clone()).is_err() {
            if expansion.errors.is_empty() {
                self.fail(args, item, "not a function, but no compile error");
            }
        } else if let Err(e) = syn::parse2::<syn::File>(expansion.output) {
            self.fail(args, item, &format!("the expansion does not parse: {e}"));
        }
    }

    /// Panics with every failure, if any; prints the number of inputs.
    pub fn finish(self, what: &str) {
        println!("{what}: {} inputs", self.inputs);
        assert!(self.inputs > 0, "{what}: no input was expanded");
        assert!(
            self.list.is_empty(),
            "{what}: {} of {} inputs failed:\n{}",
            self.list.len(),
            self.inputs,
            self.list.join("\n")
        );
    }
}
