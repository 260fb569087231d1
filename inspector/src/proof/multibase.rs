//! Multibase (base58btc, prefix `z`) and the multicodec prefix of Ed25519 public keys, as
//! `did:key` identifiers, `publicKeyMultibase` values and `proofValue`s use them
//! (W3C Controlled Identifiers v1.0, "Multibase" and "Multikey").

/// Multicodec `ed25519-pub` (0xed), as an unsigned varint: 0xed 0x01.
const ED25519_PUB: [u8; 2] = [0xed, 0x01];

/// Decodes a base58btc multibase string (`z…`).
pub fn decode_base58btc(text: &str) -> Result<Vec<u8>, String> {
    let Some(digits) = text.strip_prefix('z') else {
        let prefix = text.chars().next().map_or_else(
            || "it is empty".to_owned(),
            |c| format!("it starts with \"{c}\""),
        );
        return Err(format!(
            "it is not base58btc multibase (which starts with \"z\"; {prefix})"
        ));
    };
    bs58::decode(digits)
        .into_vec()
        .map_err(|_| "it has characters that are not base58".to_owned())
}

/// The 32 bytes of an Ed25519 public key written as a multibase multikey (`z6Mk…`).
pub fn ed25519_public_key(text: &str) -> Result<[u8; 32], String> {
    let bytes = decode_base58btc(text)?;
    let Some(key) = bytes.strip_prefix(&ED25519_PUB) else {
        return Err("it is not an Ed25519 public key (multicodec 0xed01)".into());
    };
    key.try_into()
        .map_err(|_| format!("an Ed25519 public key is 32 bytes, this one {}", key.len()))
}
