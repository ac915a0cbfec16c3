//! Token streams taken apart and put back together: a flat list of pieces
//! (leaf tokens and group delimiters) that can be cut or thinned anywhere,
//! even inside a group, and always rebuilds into a valid token stream.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};

/// A leaf token, or one delimiter of a group.
#[derive(Clone)]
pub enum Piece {
    Leaf(TokenTree),
    Open(Delimiter, Span),
    Close,
}

/// The pieces of `tokens`, in source order.
pub fn flatten(tokens: &TokenStream) -> Vec<Piece> {
    let mut pieces = Vec::new();
    for tree in tokens.clone() {
        match tree {
            TokenTree::Group(g) => {
                pieces.push(Piece::Open(g.delimiter(), g.span()));
                pieces.extend(flatten(&g.stream()));
                pieces.push(Piece::Close);
            }
            leaf => pieces.push(Piece::Leaf(leaf)),
        }
    }
    pieces
}

/// A group being rebuilt: its delimiter and span (none for the top level),
/// and its tokens so far.
struct Frame {
    delimiter: Option<(Delimiter, Span)>,
    trees: Vec<TokenTree>,
}

/// Puts pieces back together: a `Close` without its `Open` closes nothing,
/// and groups still open at the end are closed there.
pub fn rebuild(pieces: &[Piece]) -> TokenStream {
    let mut stack = vec![Frame {
        delimiter: None,
        trees: Vec::new(),
    }];
    let close = |stack: &mut Vec<Frame>| {
        if let Some(Frame {
            delimiter: Some((delimiter, span)),
            trees,
        }) = stack.pop()
        {
            let mut group = Group::new(delimiter, trees.into_iter().collect());
            group.set_span(span);
            if let Some(parent) = stack.last_mut() {
                parent.trees.push(TokenTree::Group(group));
            }
        }
    };
    for piece in pieces {
        match piece {
            Piece::Leaf(t) => {
                if let Some(frame) = stack.last_mut() {
                    frame.trees.push(t.clone());
                }
            }
            Piece::Open(d, s) => stack.push(Frame {
                delimiter: Some((*d, *s)),
                trees: Vec::new(),
            }),
            Piece::Close if stack.len() > 1 => close(&mut stack),
            Piece::Close => {}
        }
    }
    while stack.len() > 1 {
        close(&mut stack);
    }
    stack
        .pop()
        .map(|frame| frame.trees.into_iter().collect())
        .unwrap_or_default()
}

/// Every prefix of `tokens`, cut at each piece (open groups closed).
pub fn prefixes(tokens: &TokenStream) -> Vec<TokenStream> {
    let pieces = flatten(tokens);
    (0..pieces.len()).map(|n| rebuild(&pieces[..n])).collect()
}

/// `tokens` without one piece, for each piece.
pub fn without_one(tokens: &TokenStream) -> Vec<TokenStream> {
    let pieces = flatten(tokens);
    (0..pieces.len())
        .map(|skip| {
            let kept: Vec<Piece> = pieces
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, p)| p.clone())
                .collect();
            rebuild(&kept)
        })
        .collect()
}
