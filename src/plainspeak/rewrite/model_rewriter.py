"""The model rewriter: a transformers model rewrites the sentences the glossary left too hard.

Only sentences still above the target grade after the glossary pass are sent; headings, short list
items, fields and table rows never are. Every output goes through the guard, untrusted, against the
original sentence: it may spell out what the sentence's abbreviations and terms mean (the glossary
rewrite and the plain words of its findings are "implied"), but it may not lose or add a number,
dose, frequency, drug name, side, negation or time. A refused output is reported with its reason and
the sentence keeps its glossary rewrite.

torch and transformers are imported only when a model is built (the `plainspeak[model]` extra), so
plainspeak imports and runs without them. Loading is offline (`local_files_only`) unless downloads
are allowed, never runs code shipped with a model (`trust_remote_code` stays off) and reads
safetensors weights only: pickle files (`pytorch_model.bin`) can run arbitrary code when loaded.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Any, Sequence

from ..errors import ModelError
from ..model import Edit, Rejection
from .apply import apply_edits
from .guard import check

# list items, fields and table rows shorter than this are labels and doses, not prose
MIN_ITEM_WORDS = 6
NEVER_SENT = ("heading", "table-row")
_LETTER = re.compile(r"[A-Za-z]")
_PICKLE_WEIGHTS = ("*.bin", "*.pt", "*.pth", "*.ckpt", "*.pkl")

SYSTEM_PROMPT = (
    "You rewrite medical text in plain language for patients. Keep every number, dose, unit, medicine "
    "name, time, frequency, side of the body (left, right, both) and every negation exactly as it is. "
    "Do not add facts."
)
USER_PROMPT = (
    "Rewrite this sentence so that a reader at grade {grade} level can understand it. Use short, common "
    "words. Reply with the rewritten sentence only.\n\nSentence: {sentence}"
)


class SentenceRewriter:
    """Rewrites hard sentences one by one through `propose`, with the guard on every output.

    A subclass implements `propose(sentences, target_grade) -> list[str]` (one output per input,
    in order); `improve` does the rest and is what the Simplifier calls."""

    name = "sentence-rewriter"

    def propose(self, sentences: Sequence[str], target_grade: float) -> list[str]:
        raise NotImplementedError

    def info(self) -> dict[str, Any]:
        return {"model": self.name}

    def improve(self, original: str, glossary_text: str, accepted: Sequence[Edit], before: Any,
                target_grade: float, engine: Any) -> tuple[str, list[Edit], list[Rejection], dict[str, Any]]:
        """Rewrite the sentences of `original` still above `target_grade` after the glossary edits
        `accepted` (offsets into `original`). Returns the new text, all edits (offsets into
        `original`), the refused outputs and what was done."""
        ordered = sorted(accepted, key=lambda e: (e.start, e.end))  # edits never overlap: ends are sorted too
        starts, ends = [e.start for e in ordered], [e.end for e in ordered]
        candidates = []  # (sentence report, glossary rewrite of it, edits inside it, its grade)
        for s in before.sentences:
            if not _may_send(s):
                continue
            touching = ordered[bisect_right(ends, s.start):bisect_left(starts, s.end)]
            inside = [e for e in touching if s.start <= e.start and e.end <= s.end]
            if len(inside) != len(touching):
                continue  # an edit crosses the sentence's edge: it cannot be replaced cleanly
            rewritten = _apply_within(original, s.start, s.end, inside)
            grade = _grade(engine, rewritten)
            if grade <= target_grade:
                continue
            candidates.append((s, rewritten, inside, grade))
        info: dict[str, Any] = {**self.info(), "target_grade": target_grade, "sentences_sent": len(candidates),
                                "sentences_rewritten": 0}
        if not candidates:
            return glossary_text, list(accepted), [], info
        outputs = self.propose([c[1] for c in candidates], target_grade)
        if len(outputs) != len(candidates):
            raise ModelError(f"{self.name}: {len(outputs)} outputs for {len(candidates)} sentences")
        model_edits: list[Edit] = []
        replaced: set[int] = set()  # ids of the glossary edits inside rewritten sentences
        rejected: list[Rejection] = []
        for (s, rewritten, inside, grade), output in zip(candidates, outputs):
            output = _clean(output)
            edit = Edit(s.start, s.end, s.text, output, "model", self.name)
            reasons = _refusals(engine, s, rewritten, output, grade)
            if reasons:
                rejected.append(Rejection(edit, "; ".join(reasons)))
                continue
            replaced.update(id(e) for e in inside)
            model_edits.append(edit)
        info["sentences_rewritten"] = len(model_edits)
        edits = sorted([e for e in ordered if id(e) not in replaced] + model_edits, key=lambda e: (e.start, e.end))
        return apply_edits(original, edits), edits, rejected, info


def _may_send(s: Any) -> bool:
    if s.block in NEVER_SENT or not _LETTER.search(s.text):
        return False
    if s.block in ("list-item", "field") and s.words < MIN_ITEM_WORDS:
        return False
    return True


def _apply_within(text: str, start: int, end: int, edits: Sequence[Edit]) -> str:
    out = text[start:end]
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        out = out[:e.start - start] + e.after + out[e.end - start:]
    return out


def _grade(engine: Any, text: str) -> float:
    sentences = engine.analyze(text).sentences
    return max((s.grade for s in sentences), default=0.0)


def _clean(output: str) -> str:
    """The model's sentence: first line, no quotes or "Sentence:" label around it."""
    lines = [line.strip() for line in output.strip().splitlines() if line.strip()]
    out = lines[0] if lines else ""
    out = re.sub(r"^(?:rewritten sentence|sentence|answer)\s*:\s*", "", out, flags=re.IGNORECASE)
    if len(out) > 1 and out[0] == out[-1] and out[0] in "\"'":
        out = out[1:-1].strip()
    return out


def _refusals(engine: Any, s: Any, rewritten: str, output: str, grade: float) -> list[str]:
    if not _LETTER.search(output):
        return ["the model returned no text"]
    # what the sentence means but does not spell out: its glossary rewrite and the plain words of its terms
    implied = " \n ".join([rewritten, *(f.plain for f in s.findings if f.plain)])
    reasons = check(s.text, output, trusted=False, implied=implied)
    if reasons:
        return reasons
    new_grade = _grade(engine, output)
    if new_grade >= grade:
        return [f"not easier to read (grade {new_grade:g}, glossary rewrite {grade:g})"]
    return []


class ModelRewriter(SentenceRewriter):
    """A transformers model from a local folder, or a hub id when downloads are allowed.

    Seq2seq models (T5, BART, ...) get the sentence (after an optional prefix); causal models get a
    chat prompt that asks for the target grade, so they must be instruction-tuned (have a chat
    template). Sentences are rewritten in batches, greedily, on the GPU when there is one."""

    def __init__(self, name_or_path: str, allow_download: bool = False, batch_size: int = 8,
                 max_new_tokens: int = 160, device: str | None = None, prefix: str | None = None):
        self.name = str(name_or_path)
        self.allow_download = allow_download
        self.batch_size = max(1, int(batch_size))
        self.max_new_tokens = int(max_new_tokens)
        self._lock = threading.Lock()
        source = _resolve(self.name, allow_download)  # before the slow import: a bad path fails at once
        torch, transformers = _import_backend()
        self._torch = torch
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        opts = {"local_files_only": not allow_download, "trust_remote_code": False}
        try:
            config = transformers.AutoConfig.from_pretrained(source, **opts)
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(source, **opts)
        except (OSError, ValueError) as e:
            raise ModelError(_one_line(f"cannot load model {self.name!r}", e)) from None
        self.kind = "seq2seq" if getattr(config, "is_encoder_decoder", False) else "causal"
        auto = transformers.AutoModelForSeq2SeqLM if self.kind == "seq2seq" else transformers.AutoModelForCausalLM
        if self.kind == "causal" and not getattr(self.tokenizer, "chat_template", None):
            raise ModelError(f"model {self.name!r} is a causal model without a chat template: "
                             "plainspeak needs an instruction-tuned (chat) model or a seq2seq model")
        try:
            self.model = auto.from_pretrained(source, use_safetensors=True, dtype=torch.float32 if self.device == "cpu" else "auto", **opts)
        except (OSError, ValueError) as e:
            raise ModelError(_one_line(f"cannot load model {self.name!r}", e)) from None
        self.model.to(self.device).eval()
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token or self.tokenizer.unk_token
        # causal models continue the prompt from its right end, so prompts are padded on the left
        self.tokenizer.padding_side = "left" if self.kind == "causal" else "right"
        params = getattr(config, "task_specific_params", None) or {}
        self.prefix = prefix if prefix is not None else (params.get("simplification") or {}).get("prefix", "")

    def info(self) -> dict[str, Any]:
        return {"model": self.name, "model_kind": self.kind, "device": self.device}

    def propose(self, sentences: Sequence[str], target_grade: float) -> list[str]:
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))  # similar lengths pad less
        out: list[str] = [""] * len(sentences)
        for k in range(0, len(order), self.batch_size):
            batch = order[k:k + self.batch_size]
            for i, text in zip(batch, self._generate([sentences[i] for i in batch], target_grade)):
                out[i] = text
        return out

    def _prompts(self, sentences: Sequence[str], target_grade: float) -> list[str]:
        if self.kind == "seq2seq":
            return [self.prefix + s for s in sentences]
        grade = f"{target_grade:g}"
        return [
            self.tokenizer.apply_chat_template(
                [{"role": "system", "content": SYSTEM_PROMPT},
                 {"role": "user", "content": USER_PROMPT.format(grade=grade, sentence=s)}],
                tokenize=False, add_generation_prompt=True,
            )
            for s in sentences
        ]

    def _generate(self, sentences: Sequence[str], target_grade: float) -> list[str]:
        torch = self._torch
        prompts = self._prompts(sentences, target_grade)
        longest = max(len(self.tokenizer(s, add_special_tokens=False)["input_ids"]) for s in sentences)
        limit = min(self.max_new_tokens, 2 * longest + 16)  # a plain rewrite is rarely twice as long
        with self._lock:
            enc = self.tokenizer(prompts, return_tensors="pt", padding=True, truncation=True, max_length=1024,
                                 add_special_tokens=self.kind == "seq2seq")
            enc = {k: v.to(self.device) for k, v in enc.items() if k in ("input_ids", "attention_mask")}
            try:
                with torch.inference_mode():
                    generated = self.model.generate(**enc, max_new_tokens=limit, do_sample=False, num_beams=1,
                                                    pad_token_id=self.tokenizer.pad_token_id)
            except (RuntimeError, ValueError) as e:
                raise ModelError(_one_line(f"model {self.name!r} failed to generate", e)) from None
        if self.kind == "causal":
            generated = generated[:, enc["input_ids"].shape[1]:]  # only what follows the prompt
        return self.tokenizer.batch_decode(generated, skip_special_tokens=True)


def _import_backend() -> tuple[Any, Any]:
    try:
        import torch
        import transformers
    except ImportError as e:
        raise ModelError(f"the model rewriter needs torch and transformers ({e.name} is missing): "
                         "pip install 'plainspeak[model]'") from None
    # no progress bars or warnings on the user's terminal: the output is the text, and errors are ModelErrors
    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    return torch, transformers


def _resolve(name: str, allow_download: bool) -> str:
    """A local folder (checked for safe weights) or a hub id (offline only from the local cache)."""
    path = Path(name).expanduser()
    if path.is_dir():
        if not any(path.glob("*.safetensors")):
            pickles = sorted(p.name for pattern in _PICKLE_WEIGHTS for p in path.glob(pattern))
            if pickles:
                raise ModelError(f"model folder {name!r} has only pickle weights ({', '.join(pickles)}); plainspeak "
                                 "loads safetensors only (convert it with transformers' save_pretrained)")
            raise ModelError(f"model folder {name!r} has no .safetensors weights")
        return str(path)
    if path.exists():
        raise ModelError(f"model {name!r} is a file; give the folder that holds config.json and the weights")
    looks_like_path = name.startswith((".", "/", "~")) or "\\" in name or name.count("/") > 1
    if looks_like_path:
        raise ModelError(f"model folder {name!r} does not exist")
    if not allow_download and not _in_cache(name):
        raise ModelError(f"model {name!r} is not a local folder and is not in the local cache; "
                         "pass --allow-download (allow_download=True) to fetch it")
    return name


def _in_cache(repo_id: str) -> bool:
    """Whether a hub model's config is in the local Hugging Face cache (no network)."""
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return False
    try:
        found = try_to_load_from_cache(repo_id, "config.json")
    except Exception:  # an id the hub would refuse ("a/b/c", bad characters) is simply not cached
        return False
    return isinstance(found, str)


def _one_line(what: str, error: BaseException) -> str:
    first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return f"{what}: {first}"
