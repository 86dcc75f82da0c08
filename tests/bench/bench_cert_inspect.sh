#!/bin/sh
# Benchmark: `gatehouse-cli --json cert inspect` on a PEM bundle of 2,000 certificates (one EC
# root, 2,000 leaves it signed; goal: at least 5x faster than the baseline).
# Baseline, measured in the same run on the same bundle:
#   openssl crl2pkcs7 -nocrl -certfile B | openssl pkcs7 -print_certs -text -noout
# The bundle is made with python3's `cryptography` module (apt-get install python3-cryptography):
# signing 2,000 certificates with `openssl x509 -req` in a loop takes minutes.
#
#   tests/bench/bench_cert_inspect.sh [BUILD_DIR] [CERTIFICATES] [RUNS]
set -eu
build=${1:-build/release}
count=${2:-2000}
runs=${3:-5}
cli="$build/app/gatehouse-cli"
[ -x "$cli" ] || { echo "bench: build first ($cli is missing)" >&2; exit 2; }
command -v openssl >/dev/null || { echo "bench: needs the openssl command line" >&2; exit 2; }
python3 -c 'import cryptography' 2>/dev/null || { echo "bench: needs python3-cryptography" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bundle="$work/bundle.pem"

python3 - "$bundle" "$count" <<'PY'
import datetime, sys
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID, ExtendedKeyUsageOID

path, count = sys.argv[1], int(sys.argv[2])
now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
root_key = ec.generate_private_key(ec.SECP256R1())
leaf_key = ec.generate_private_key(ec.SECP256R1())  # one key for every leaf: only signing costs
root_name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "DE"),
                       x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Gatehouse Bench"),
                       x509.NameAttribute(NameOID.COMMON_NAME, "Gatehouse Bench Root CA")])
root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
        .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256()))
aki = x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key())
ski = x509.SubjectKeyIdentifier.from_public_key(leaf_key.public_key())
with open(path, "wb") as out:
    out.write(root.public_bytes(serialization.Encoding.PEM))
    for i in range(count - 1):
        host = "host-%05d.bench.example" % i
        cert = (x509.CertificateBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "DE"),
                                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Gatehouse Bench"),
                                         x509.NameAttribute(NameOID.COMMON_NAME, host)]))
                .issuer_name(root_name).public_key(leaf_key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=30 + i % 700))
                .add_extension(x509.SubjectAlternativeName([x509.DNSName(host), x509.DNSName("www." + host)]), critical=False)
                .add_extension(x509.KeyUsage(True, False, True, False, False, False, False, False, False), critical=True)
                .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(ski, critical=False)
                .add_extension(aki, critical=False)
                .sign(root_key, hashes.SHA256()))
        out.write(cert.public_bytes(serialization.Encoding.PEM))
PY

n=$(grep -c 'BEGIN CERTIFICATE' "$bundle")
# Sanity: both sides see every certificate.
ours_n=$("$cli" --json cert inspect "$bundle" | grep -c '"FingerprintSha256"')
base_n=$(openssl crl2pkcs7 -nocrl -certfile "$bundle" | openssl pkcs7 -print_certs -text -noout | grep -c '^ *Certificate:$')
[ "$ours_n" = "$n" ] && [ "$base_n" = "$n" ] || { echo "bench: counts differ: bundle $n, ours $ours_n, openssl $base_n" >&2; exit 1; }
echo "bundle: $n certificates, $(wc -c < "$bundle") bytes"

ours() { "$cli" --json cert inspect "$bundle" > /dev/null; }
base() { openssl crl2pkcs7 -nocrl -certfile "$bundle" | openssl pkcs7 -print_certs -text -noout > /dev/null; }

if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs "$runs" --export-json "$work/h.json" \
        "$cli --json cert inspect $bundle" \
        "openssl crl2pkcs7 -nocrl -certfile $bundle | openssl pkcs7 -print_certs -text -noout"
    ours_mean=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$work/h.json")
    base_mean=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][1]["mean"])' "$work/h.json")
else
    now() { date +%s.%N; }
    ours; base # warm-up (page cache, dynamic loader)
    ours_total=0
    base_total=0
    i=1
    while [ "$i" -le "$runs" ]; do
        t0=$(now); ours; t1=$(now); base; t2=$(now)
        o=$(echo "$t1 - $t0" | bc -l)
        b=$(echo "$t2 - $t1" | bc -l)
        printf 'run %d: gatehouse-cli %.3f s, openssl %.3f s\n' "$i" "$o" "$b"
        ours_total=$(echo "$ours_total + $o" | bc -l)
        base_total=$(echo "$base_total + $b" | bc -l)
        i=$((i + 1))
    done
    ours_mean=$(echo "$ours_total / $runs" | bc -l)
    base_mean=$(echo "$base_total / $runs" | bc -l)
fi
ratio=$(echo "$base_mean / $ours_mean" | bc -l)
printf 'cert inspect, %d certificates: gatehouse-cli %.3f s, openssl %.3f s, ratio %.1fx (goal >= 5x: %s)\n' \
    "$n" "$ours_mean" "$base_mean" "$ratio" "$(echo "$ratio >= 5" | bc -l | sed 's/1/met/;s/0/MISSED/')"
