//! JSON-LD to RDF, then RDF Dataset Canonicalization (RDFC-1.0) to canonical N-Quads: the
//! bytes a `DataIntegrityProof` with an `eddsa-rdfc-2022` cryptosuite signs (through their
//! SHA-256 hash).
//!
//! - JSON-LD 1.1 toRdf: Oxigraph's `oxjsonld` (synchronous, with a document loader we
//!   supply, which only answers from [`super::contexts`]: nothing is fetched).
//! - RDFC-1.0: the `rdf-canon` crate, which passes the W3C rdf-canon test suite and bounds
//!   the work on "poisoned" datasets (a limit on Hash N-Degree Quads calls). Oxigraph's own
//!   `oxrdf` feature `rdfc-10` was tried first: it labels alike blank nodes differently from
//!   the reference implementation (the three identical endorsements of the 1EdTech
//!   `ob30-complete` sample), so valid proofs failed. `rdf-canon` builds on `oxrdf` 0.2, so
//!   the statements are copied from `oxjsonld`'s `oxrdf` 0.3 terms.

use std::sync::{Arc, Mutex, PoisonError};

use oxjsonld::{JsonLdParser, JsonLdRemoteDocument};
use oxrdf as rdf;
use oxrdf_canon as canon_rdf;
use rdf_canon::{CanonicalizationError, CanonicalizationOptions};
use serde_json::Value;
use sha2::Sha256;

use super::contexts;
use crate::i18n::{Detail, Lang};

/// At most this many statements: real credentials have hundreds.
pub const MAX_QUADS: usize = 20_000;
/// At most this many calls of RDFC-1.0's Hash N-Degree Quads (the step whose cost grows
/// exponentially on "poisoned" datasets, RDFC-1.0 §4.1). The credentials seen need fewer
/// than 50.
pub const MAX_HNDQ_CALLS: usize = 4_000;

/// Why a document could not be canonicalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CanonError {
    /// It names a context the inspector does not carry (the URL).
    UnknownContext(String),
    /// It is not valid JSON-LD (the processor's message).
    JsonLd(String),
    /// More than [`MAX_QUADS`] statements.
    TooManyQuads,
    /// Blank nodes so alike that RDFC-1.0 would need more than this many of its hardest
    /// rounds ("dataset poisoning").
    TooAlike(usize),
    /// The canonicalizer's own error (its message).
    NotCanonical(String),
    /// JSON-LD processing would drop data (the relative IRI it would drop).
    DataLoss(String),
}

impl CanonError {
    /// Why the document cannot be canonicalized, as a clause ("it names …"), in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::UnknownContext(url) => lang.fill(Detail::CanonContext, &[("url", url)]),
            Self::JsonLd(why) => lang.fill(Detail::CanonJsonLd, &[("why", why)]),
            Self::TooManyQuads => lang.fill(
                Detail::CanonTooManyQuads,
                &[("max", &MAX_QUADS.to_string())],
            ),
            Self::TooAlike(limit) => {
                lang.fill(Detail::CanonTooAlike, &[("limit", &limit.to_string())])
            }
            Self::NotCanonical(why) => lang.fill(Detail::CanonFailed, &[("why", why)]),
            Self::DataLoss(iri) => lang.fill(Detail::CanonDataLoss, &[("iri", iri)]),
        }
    }
}

crate::i18n::english_display!(CanonError);

/// The document as RDF statements (JSON-LD toRdf with the bundled contexts).
pub fn to_dataset(doc: &Value) -> Result<canon_rdf::Dataset, CanonError> {
    let text = serde_json::to_vec(doc).map_err(|e| CanonError::JsonLd(e.to_string()))?;
    let mut dataset = canon_rdf::Dataset::new();
    for quad in parse(&text, false)? {
        dataset.insert(&to_canon_quad(quad));
    }
    refuse_data_loss(&text)?;
    Ok(dataset)
}

/// Verifiable Credential Data Integrity 1.0 requires an error when JSON-LD processing
/// drops data (DATA_LOSS_DETECTION_ERROR): dropped data is not signed, so it could be
/// changed at will. The toRdf step drops a statement whose IRI is relative (such as a
/// `type` no context defines); `oxjsonld`'s lenient mode keeps such statements, so a
/// lenient pass that yields a relative IRI shows what the strict pass dropped. (Terms that
/// expansion drops before toRdf are not detected here; under the VC 2.0 context's
/// `@vocab` every undefined term expands.)
fn refuse_data_loss(text: &[u8]) -> Result<(), CanonError> {
    for quad in parse(text, true)? {
        let relative = [
            named_iri(&quad.subject),
            Some(quad.predicate.as_str()),
            term_iri(&quad.object),
            graph_iri(&quad.graph_name),
        ]
        .into_iter()
        .flatten()
        .find(|iri| rdf::NamedNode::new(*iri).is_err())
        .map(str::to_owned);
        if let Some(iri) = relative {
            return Err(CanonError::DataLoss(iri));
        }
    }
    Ok(())
}

fn named_iri(node: &rdf::NamedOrBlankNode) -> Option<&str> {
    match node {
        rdf::NamedOrBlankNode::NamedNode(n) => Some(n.as_str()),
        rdf::NamedOrBlankNode::BlankNode(_) => None,
    }
}

fn term_iri(term: &rdf::Term) -> Option<&str> {
    match term {
        rdf::Term::NamedNode(n) => Some(n.as_str()),
        rdf::Term::Literal(l) => Some(l.datatype().as_str()),
        rdf::Term::BlankNode(_) => None,
    }
}

fn graph_iri(graph: &rdf::GraphName) -> Option<&str> {
    match graph {
        rdf::GraphName::NamedNode(n) => Some(n.as_str()),
        _ => None,
    }
}

/// Every statement of the JSON-LD text, or the first error (an unknown context named).
fn parse(text: &[u8], lenient: bool) -> Result<Vec<rdf::Quad>, CanonError> {
    let missing: Arc<Mutex<Option<String>>> = Arc::default();
    let report = Arc::clone(&missing);
    let parser = if lenient {
        JsonLdParser::new().lenient()
    } else {
        JsonLdParser::new()
    };
    let quads = parser
        .for_slice(text)
        .with_load_document_callback(move |url, _| match contexts::bundled(url) {
            Some(document) => Ok(JsonLdRemoteDocument {
                document: document.as_bytes().to_vec(),
                document_url: url.to_owned(),
            }),
            None => {
                let mut slot = report.lock().unwrap_or_else(PoisonError::into_inner);
                slot.get_or_insert_with(|| url.to_owned());
                Err(format!("{url} is not bundled").into())
            }
        });
    let mut all = Vec::new();
    for quad in quads {
        all.push(quad.map_err(|e| {
            let url = missing
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take();
            match url {
                Some(url) => CanonError::UnknownContext(url),
                None => CanonError::JsonLd(e.to_string()),
            }
        })?);
        if all.len() > MAX_QUADS {
            return Err(CanonError::TooManyQuads);
        }
    }
    Ok(all)
}

/// The canonical N-Quads of the document (RDFC-1.0 with SHA-256): one statement a line,
/// sorted, each ending in " .\n".
pub fn canonical_nquads(doc: &Value) -> Result<String, CanonError> {
    let dataset = to_dataset(doc)?;
    canonicalize(&dataset)
}

/// RDFC-1.0 with SHA-256, bounded by [`MAX_HNDQ_CALLS`].
pub fn canonicalize(dataset: &canon_rdf::Dataset) -> Result<String, CanonError> {
    let options = CanonicalizationOptions {
        hndq_call_limit: Some(MAX_HNDQ_CALLS),
    };
    rdf_canon::canonicalize_with::<Sha256>(dataset, &options).map_err(|e| match e {
        CanonicalizationError::HndqCallLimitExceeded(limit) => CanonError::TooAlike(limit),
        other => CanonError::NotCanonical(other.to_string()),
    })
}

/// One statement, from `oxjsonld`'s terms to `rdf-canon`'s.
fn to_canon_quad(quad: rdf::Quad) -> canon_rdf::Quad {
    let subject: canon_rdf::Subject = match quad.subject {
        rdf::NamedOrBlankNode::NamedNode(n) => named(n).into(),
        rdf::NamedOrBlankNode::BlankNode(b) => blank(&b).into(),
    };
    let object: canon_rdf::Term = match quad.object {
        rdf::Term::NamedNode(n) => named(n).into(),
        rdf::Term::BlankNode(b) => blank(&b).into(),
        rdf::Term::Literal(l) => literal(l).into(),
    };
    let graph = match quad.graph_name {
        rdf::GraphName::NamedNode(n) => named(n).into(),
        rdf::GraphName::BlankNode(b) => blank(&b).into(),
        rdf::GraphName::DefaultGraph => canon_rdf::GraphName::DefaultGraph,
    };
    canon_rdf::Quad::new(subject, named(quad.predicate), object, graph)
}

fn named(node: rdf::NamedNode) -> canon_rdf::NamedNode {
    canon_rdf::NamedNode::new_unchecked(node.into_string())
}

fn blank(node: &rdf::BlankNode) -> canon_rdf::BlankNode {
    canon_rdf::BlankNode::new_unchecked(node.as_str())
}

fn literal(literal: rdf::Literal) -> canon_rdf::Literal {
    let (value, datatype, language) = literal.destruct();
    match (datatype, language) {
        (_, Some(language)) => {
            canon_rdf::Literal::new_language_tagged_literal_unchecked(value, language)
        }
        (Some(datatype), None) => canon_rdf::Literal::new_typed_literal(value, named(datatype)),
        (None, None) => canon_rdf::Literal::new_simple_literal(value),
    }
}
