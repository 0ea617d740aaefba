"""Example: simplifying patient-portal replies with the plainspeak API.

Build one engine at start-up and reuse it for every message: loading the
glossaries is the slow part, simplifying a message is cheap.

Run:  python examples/portal_api.py
"""
import plainspeak

MESSAGES = [
    "Your CBC was WNL. Your hemoglobin A1c was 7.8%, so I'd like to titrate "
    "your metformin to 1,000 mg PO BID. Urinalysis was negative for protein.",
    "Your eGFR is 52, consistent with stage 3 CKD. Please f/u with nephrology "
    "in 3 months and avoid NSAIDs. Your left kidney ultrasound was unremarkable.",
    "The biopsy of the mole on your right shoulder was benign. No further "
    "treatment is needed. Your LDL is elevated at 142 mg/dL.",
]

# Built once. glossaries= adds site-specific term lists on top of the
# built-in glossary; allow= lists words this clinic's patients already know.
engine = plainspeak.Simplifier(
    mode="explain",
    glossaries=[],          # e.g. ["clinic_terms.toml"]
    allow=["metformin"],
)


def show(text: str) -> None:
    s = engine.simplify(text, target_grade=6)
    print("ORIGINAL :", text)
    print("PLAIN    :", s.text)
    print(f"GRADE    : {s.before.grade:.1f} -> {s.after.grade:.1f}")
    for e in s.edits:
        print(f"  edit [{e.start}:{e.end}] {e.before!r} -> {e.after!r} ({e.reason})")
    for f in engine.analyze(text).findings:
        meaning = f.plain or f.definition or "?"
        print(f"  found [{f.start}:{f.end}] {f.text!r} ({f.kind}): {meaning}")
    print()


if __name__ == "__main__":
    for message in MESSAGES:
        show(message)
