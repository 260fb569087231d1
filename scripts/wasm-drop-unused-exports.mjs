// node scripts/wasm-drop-unused-exports.mjs <file.wasm>
//
// Removes from a widget bundle's export section the exports nothing calls (`UNUSED`), in
// place, and leaves every other byte as it was; a wasm-opt run afterwards then drops the
// code that only those exports reached. Used by scripts/build-bundles.sh and by the size
// breakdown of the benchmarks, so both measure the same module.
//
// Why: Leptos always enables server_fn's `browser` feature, which links wasm-streams, whose
// `#[wasm_bindgen]` classes (IntoUnderlyingSource, …Sink, …ByteSource) are exports of every
// bundle. Nothing of ours calls them (the widgets never hand a Rust stream to JS), but an
// export is a root no optimiser may remove. binaryen has no command-line pass that removes an
// export, and its JS API re-encodes the whole module (losing the section layout the shipped
// passes were measured on), so this edits the one section and nothing else.
//
// The glue keeps its (never constructed) classes; they only name the missing exports
// inside their methods.
import { readFileSync, writeFileSync } from 'node:fs';

// wasm-streams' three classes: their methods and their `free` functions.
const UNUSED = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/wasm-drop-unused-exports.mjs <file.wasm>');
  process.exit(2);
}
const bytes = readFileSync(file);
if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error(`${file}: not a wasm module`);

// LEB128, unsigned: [value, offset after it].
function readU32(buffer, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buffer[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [value >>> 0, at];
}
function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const EXPORT_SECTION = 7;
const parts = [bytes.subarray(0, 8)];
const dropped = [];
let at = 8;
while (at < bytes.length) {
  const id = bytes[at];
  const [size, bodyAt] = readU32(bytes, at + 1);
  const end = bodyAt + size;
  if (id !== EXPORT_SECTION) {
    parts.push(bytes.subarray(at, end));
  } else {
    const body = bytes.subarray(bodyAt, end);
    let [count, p] = readU32(body, 0);
    const kept = [];
    while (count-- > 0) {
      const start = p;
      let length;
      [length, p] = readU32(body, p);
      const name = body.subarray(p, p + length).toString('utf8');
      p += length + 1; // the name, then the export's kind (one byte)
      [, p] = readU32(body, p); // its index
      if (UNUSED.test(name)) dropped.push(name);
      else kept.push(body.subarray(start, p));
    }
    const section = Buffer.concat([writeU32(kept.length), ...kept]);
    parts.push(Buffer.from([EXPORT_SECTION]), writeU32(section.length), section);
  }
  at = end;
}
writeFileSync(file, Buffer.concat(parts));
console.error(`${file}: ${dropped.length} exports removed`);
