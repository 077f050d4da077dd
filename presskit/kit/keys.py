"""Publisher keys: Ed25519 key files (PEM, PKCS8, mode 600, optionally password-protected) and
their fingerprints ("AB12 CD34 ...": SHA-256 of the raw public key, in 16 groups of 4)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import SignatureError
from ..safeload import DataError, Limits, load_json

ALGORITHM = "ed25519"
SIGNATURE_LIMITS = Limits(max_bytes=64 << 10, max_depth=4, max_string=4096, max_values=64)


def generate_key(path: str | os.PathLike, password: bytes | None = None) -> str:
    """Write a new Ed25519 private key (PEM, PKCS8, mode 600) to ``path``; return its fingerprint.

    Refuses to overwrite an existing file: losing a publisher key means readers can no longer tell
    new kits from forgeries. The key is written to a temporary file and hard-linked to its final
    name, so the final name never holds half a key.
    """
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise SignatureError(f"{path} already exists. Choose another file name: presskit never "
                             "overwrites a key.")
    if not path.parent.is_dir():
        raise SignatureError(f"The folder {path.parent} does not exist. Create it first.")
    key = Ed25519PrivateKey.generate()
    enc = (serialization.BestAvailableEncryption(password) if password
           else serialization.NoEncryption())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        try:
            os.link(tmp, path)  # fails if path appeared meanwhile: no overwrite, ever
        except FileExistsError:
            raise SignatureError(f"{path} already exists. Choose another file name.") from None
        except OSError:  # file systems without hard links (FAT): exclusive rename fallback
            if path.exists():
                raise SignatureError(f"{path} already exists. Choose another file name.") from None
            os.rename(tmp, path)
    except OSError as e:
        raise SignatureError(f"Cannot write the key to {path}: {e.strerror}.", details=str(e)) from None
    finally:
        try:
            tmp.unlink()
        except OSError:
            pass
    return public_fingerprint(key)


def load_private_key(path: str | os.PathLike, password: bytes | None = None) -> Ed25519PrivateKey:
    """Read a key written by :func:`generate_key`. Raises SignatureError with a sentence."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SignatureError(f"There is no key file at {path}. Create one with 'presskit keygen'.") from None
    except OSError as e:
        raise SignatureError(f"Cannot read the key file {path}: {e.strerror}.", details=str(e)) from None
    try:
        key = serialization.load_pem_private_key(data, password=password)
    except TypeError as e:
        raise SignatureError(f"The key file {path} is protected by a password; give it (--password, or "
                             "--password-env VAR).", details=str(e)) from None
    except ValueError as e:
        if password is not None and b"ENCRYPTED" in data[:200]:  # it said "not a signing key"
            raise SignatureError(f"That is not the password of the key file {path}; try again.",
                                 details=str(e)) from None
        raise SignatureError(f"{path} is not a presskit signing key (PEM Ed25519 private key).",
                             details=str(e)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SignatureError(f"{path} holds a {type(key).__name__}, not an Ed25519 key. "
                             "Create a key with 'presskit keygen'.")
    return key


def raw_public(key: Ed25519PrivateKey | Ed25519PublicKey | bytes) -> bytes:
    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    if isinstance(key, Ed25519PublicKey):
        return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if isinstance(key, (bytes, bytearray)) and len(key) == 32:
        return bytes(key)
    raise SignatureError("That is not an Ed25519 key.")


def public_fingerprint(key: Ed25519PrivateKey | Ed25519PublicKey | bytes) -> str:
    """SHA-256 of the raw 32-byte public key, upper-case hex in 16 groups of 4 ("AB12 CD34 ...")."""
    h = hashlib.sha256(raw_public(key)).hexdigest().upper()
    return " ".join(h[i:i + 4] for i in range(0, 64, 4))


def normalise_fingerprint(fp: str) -> str:
    """Fingerprint without separators, lower case: the form compared for equality."""
    return re.sub(r"[^0-9a-f]", "", (fp or "").lower())


def same_fingerprint(a: str, b: str) -> bool:
    return bool(a) and bool(b) and normalise_fingerprint(a) == normalise_fingerprint(b)


@dataclass
class SignatureInfo:
    """A parsed ``signature.json`` and whether it verifies over some manifest bytes."""

    public_key: bytes
    fingerprint: str
    publisher: str
    manifest_sha256: str
    signature: bytes

    def verifies(self, manifest: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(self.signature, manifest)
            return True
        except (InvalidSignature, ValueError):
            return False


def parse_signature(raw: bytes) -> SignatureInfo:
    """Parse ``signature.json`` bytes. Raises SignatureError saying what is wrong."""
    try:
        data = load_json(raw, "signature.json", SIGNATURE_LIMITS)
    except DataError as e:
        raise SignatureError(f"signature.json is damaged: {e.message}") from None
    if not isinstance(data, dict):
        raise SignatureError("signature.json is damaged (not a JSON object).")
    if data.get("algorithm") != ALGORITHM:
        raise SignatureError(f"signature.json uses the algorithm {data.get('algorithm')!r}; "
                             "presskit only trusts ed25519.")
    for key in ("public_key", "signature", "manifest_sha256"):
        if not isinstance(data.get(key), str):
            raise SignatureError(f"signature.json has no valid '{key}'.")
    try:
        pub = base64.b64decode(data["public_key"], validate=True)
        sig = base64.b64decode(data["signature"], validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("signature.json holds a key or signature that is not valid base64.") from None
    if len(pub) != 32 or len(sig) != 64:
        raise SignatureError("signature.json holds a key or signature of the wrong length.")
    fp = public_fingerprint(pub)
    claimed = data.get("fingerprint")
    if isinstance(claimed, str) and claimed and not same_fingerprint(claimed, fp):
        raise SignatureError("signature.json names a fingerprint that is not its public key's.")
    publisher = data.get("publisher") if isinstance(data.get("publisher"), str) else ""
    return SignatureInfo(pub, fp, publisher, data["manifest_sha256"].lower(), sig)


def publisher_key(manifest: bytes | None, signature: bytes | None, named_fingerprint: str = "") -> bytes | None:
    """The raw public key of a manifest's signature when it is valid (and of the key the manifest
    names, if it names one); None otherwise. What an index seal is checked against."""
    if manifest is None or signature is None:
        return None
    try:
        sig = parse_signature(signature)
    except SignatureError:
        return None
    if not sig.verifies(manifest):
        return None
    if named_fingerprint and not same_fingerprint(named_fingerprint, sig.fingerprint):
        return None
    return sig.public_key
