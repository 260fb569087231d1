//! Multibase (base58btc, prefix `z`) and the multicodec prefix of Ed25519 public keys, as
//! `did:key` identifiers, `publicKeyMultibase` values and `proofValue`s use them
//! (W3C Controlled Identifiers v1.0, "Multibase" and "Multikey").

use crate::i18n::{Detail, Lang};

/// Multicodec `ed25519-pub` (0xed), as an unsigned varint: 0xed 0x01.
const ED25519_PUB: [u8; 2] = [0xed, 0x01];

/// Why a multibase value is not what it should be; [`MultibaseError::message`] words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MultibaseError {
    /// Not base58btc: it starts with this character, or is empty.
    NotBase58btc(Option<char>),
    /// Characters outside the base58 alphabet.
    NotBase58,
    /// Not an Ed25519 public key (another multicodec).
    NotEd25519,
    /// An Ed25519 key of this many bytes instead of 32.
    Ed25519Length(usize),
}

impl MultibaseError {
    /// The problem as a clause ("it is not base58btc multibase …"), in `lang`.
    pub fn message(self, lang: Lang) -> String {
        match self {
            Self::NotBase58btc(None) => lang.t(Detail::MultibaseEmpty).to_owned(),
            Self::NotBase58btc(Some(c)) => {
                lang.fill(Detail::MultibaseStart, &[("start", &c.to_string())])
            }
            Self::NotBase58 => lang.t(Detail::MultibaseNotBase58).to_owned(),
            Self::NotEd25519 => lang.t(Detail::MultibaseNotEd25519).to_owned(),
            Self::Ed25519Length(n) => lang.fill(Detail::MultibaseLength, &[("n", &lang.number(n))]),
        }
    }
}

crate::i18n::english_display!(MultibaseError);

/// Decodes a base58btc multibase string (`z…`).
pub fn decode_base58btc(text: &str) -> Result<Vec<u8>, MultibaseError> {
    let Some(digits) = text.strip_prefix('z') else {
        return Err(MultibaseError::NotBase58btc(text.chars().next()));
    };
    bs58::decode(digits)
        .into_vec()
        .map_err(|_| MultibaseError::NotBase58)
}

/// The 32 bytes of an Ed25519 public key written as a multibase multikey (`z6Mk…`).
pub fn ed25519_public_key(text: &str) -> Result<[u8; 32], MultibaseError> {
    let bytes = decode_base58btc(text)?;
    let Some(key) = bytes.strip_prefix(&ED25519_PUB) else {
        return Err(MultibaseError::NotEd25519);
    };
    key.try_into()
        .map_err(|_| MultibaseError::Ed25519Length(key.len()))
}
