"""The model rewriter: real tiny transformers models built at test time, and deterministic rewriters
that break facts on purpose, to show the guard refuses them and the sentence keeps its glossary
rewrite."""

from __future__ import annotations

import re

import pytest

import plainspeak
from plainspeak.errors import ModelError
from plainspeak.rewrite import apply_edits
from plainspeak.rewrite.model_rewriter import ModelRewriter, SentenceRewriter

HARD = "Intravenous administration necessitates considerable institutional coordination and supervision."
WITH_NUMBER = "Take 2 tablets of metoprolol every day for the hypertension and the cardiomyopathy."
WITH_NEGATION = "The echocardiogram demonstrated no pericardial effusion or regional wall motion abnormality."
CORPUS = [
    "the patient has high blood pressure and a kidney problem",
    "take the medicine with food and drink water",
    "the doctor will check your heart and lungs at the visit",
    "call the clinic if the swelling gets worse",
]


# --- deterministic rewriters ------------------------------------------------------------------------

class Recording(SentenceRewriter):
    """Answers with fixed text and remembers what it was sent."""

    name = "recording"

    def __init__(self, answer=lambda s: "Short words help."):
        self.answer = answer
        self.sent: list[str] = []

    def propose(self, sentences, target_grade):
        self.sent.extend(sentences)
        return [self.answer(s) for s in sentences]


def drop_numbers(sentence: str) -> str:
    return re.sub(r"\s*\d+", "", sentence)


def drop_negation(sentence: str) -> str:
    return re.sub(r"\bno\s+", "", sentence)


def glossary_only(text: str, target: float) -> plainspeak.Simplification:
    return plainspeak.Simplifier().simplify(text, target_grade=target)


def test_a_rewrite_that_drops_a_number_is_refused_and_the_glossary_rewrite_stays():
    rewriter = Recording(drop_numbers)
    s = plainspeak.Simplifier(model=rewriter).simplify(WITH_NUMBER, target_grade=4)
    assert rewriter.sent == [glossary_only(WITH_NUMBER, 4).text]
    assert s.text == glossary_only(WITH_NUMBER, 4).text
    [refused] = [r for r in s.rejected if r.edit.reason == "model"]
    assert refused.why == "drops the number '2'; drops the dose '2 tablet'"
    assert (refused.edit.start, refused.edit.end, refused.edit.source) == (0, len(WITH_NUMBER), "recording")
    assert all(e.reason != "model" for e in s.edits)


def test_a_rewrite_that_drops_a_negation_is_refused():
    s = plainspeak.Simplifier(model=Recording(drop_negation)).simplify(WITH_NEGATION, target_grade=4)
    assert s.text == glossary_only(WITH_NEGATION, 4).text
    assert [r.why for r in s.rejected if r.edit.reason == "model"] == [
        "drops the negation 'negation'; turns the denied 'pericardial' into a claim; "
        "turns the denied 'effusion' into a claim; turns the denied 'wall' into a claim"]


def test_an_accepted_rewrite_replaces_the_whole_sentence_and_its_glossary_edits():
    text = f"{HARD} Take 1 tab PO BID."
    s = plainspeak.Simplifier(model=Recording()).simplify(text, target_grade=4)
    model_edits = [e for e in s.edits if e.reason == "model"]
    assert [(e.start, e.end, e.after, e.source) for e in model_edits] == [(0, len(HARD), "Short words help.", "recording")]
    assert s.text.startswith("Short words help. Take 1 tablet by mouth 2 times a day.")
    assert apply_edits(text, s.edits) == s.text
    assert s.extra["model"] == "recording" and s.extra["sentences_sent"] >= 1


def test_only_hard_prose_goes_to_the_model_never_headings_or_short_items():
    text = f"Medications and administration instructions:\n\n- Cardiomyopathy management\n- Intravenous\n\n{HARD}\n\nCall us.\n"
    rewriter = Recording()
    plainspeak.Simplifier(model=rewriter).simplify(text, target_grade=4)
    assert len(rewriter.sent) == 1 and rewriter.sent[0].endswith("coordination and supervision.")


def test_a_rewrite_that_is_no_easier_is_refused():
    s = plainspeak.Simplifier(model=Recording(lambda s: s)).simplify(HARD, target_grade=4)
    assert s.text == glossary_only(HARD, 4).text
    assert s.rejected[0].why.startswith("not easier to read")


def test_a_model_that_adds_a_claim_is_refused():
    s = plainspeak.Simplifier(model=Recording(lambda s: "Take 3 pills of aspirin.")).simplify(HARD, target_grade=4)
    assert s.text == glossary_only(HARD, 4).text
    assert s.rejected[0].why == "adds the number '3'; adds the drug name 'aspirin'"


# --- loading rules (no model needed) ----------------------------------------------------------------

def test_a_folder_with_only_pickle_weights_is_refused(tmp_path):
    (tmp_path / "config.json").write_text('{"model_type": "t5"}')
    (tmp_path / "pytorch_model.bin").write_bytes(b"not loaded, ever")
    with pytest.raises(ModelError, match=r"only pickle weights \(pytorch_model.bin\).*safetensors only"):
        ModelRewriter(str(tmp_path))


def test_a_hub_id_without_allow_download_fails_in_one_line_without_network():
    with pytest.raises(ModelError) as e:
        ModelRewriter("plainspeak-tests/no-such-model")
    assert "\n" not in str(e.value) and "--allow-download" in str(e.value)


def test_a_missing_folder_is_a_model_error():
    with pytest.raises(ModelError, match="does not exist"):
        ModelRewriter("./no/such/folder")


# --- tiny real models ---------------------------------------------------------------------------------

def _tokenizer(specials):
    """A word-level tokenizer trained here on a few sentences; special tokens come last, so the
    most frequent word ("the") has id 0."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers

    tok = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(CORPUS, trainers.WordLevelTrainer(special_tokens=[]))
    vocab = tok.get_vocab()
    for s in specials:
        vocab[s] = len(vocab)
    tok = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.add_special_tokens(specials)
    return tok


def _finish(model, tokenizer, folder, silent: bool):
    """`silent`: every output logit is 0, so greedy decoding repeats token 0 ("the") exactly.
    Otherwise only the special tokens are silenced, so the random model always says some words."""
    weight = model.get_output_embeddings().weight.data
    if silent:
        weight.zero_()
    else:
        weight[[tokenizer.convert_tokens_to_ids(t) for t in tokenizer.all_special_tokens]] = 0
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return str(folder)


def build_t5(folder, silent=False):
    import torch
    from transformers import PreTrainedTokenizerFast, T5Config, T5ForConditionalGeneration

    tok = PreTrainedTokenizerFast(tokenizer_object=_tokenizer(["<pad>", "</s>", "<unk>"]),
                                  pad_token="<pad>", eos_token="</s>", unk_token="<unk>")
    torch.manual_seed(0)
    config = T5Config(vocab_size=len(tok), d_model=16, d_ff=32, d_kv=8, num_layers=1, num_decoder_layers=1,
                      num_heads=2, pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id,
                      decoder_start_token_id=tok.pad_token_id, tie_word_embeddings=False)
    return _finish(T5ForConditionalGeneration(config), tok, folder, silent)


def build_llama(folder, silent=False, chat=True):
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    tok = PreTrainedTokenizerFast(tokenizer_object=_tokenizer(["<pad>", "<s>", "</s>", "<unk>"]), pad_token="<pad>",
                                  bos_token="<s>", eos_token="</s>", unk_token="<unk>")
    if chat:
        tok.chat_template = ("{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}"
                             "{% if add_generation_prompt %}assistant: {% endif %}")
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=len(tok), hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                         num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=512,
                         pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                         tie_word_embeddings=False)
    return _finish(LlamaForCausalLM(config), tok, folder, silent)


@pytest.fixture(scope="module")
def backend():
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("tokenizers")


@pytest.fixture(scope="module")
def silent_t5(backend, tmp_path_factory):
    return build_t5(tmp_path_factory.mktemp("silent-t5"), silent=True)


@pytest.mark.parametrize("build, kind", [(build_t5, "seq2seq"), (build_llama, "causal")])
def test_tiny_models_load_and_generate_the_same_in_any_batch_size(backend, tmp_path, build, kind):
    folder = build(tmp_path / kind)
    sentences = ["the patient has high blood pressure", "take the medicine with food and drink water at the visit",
                 "call the clinic"]
    rewriter = ModelRewriter(folder, batch_size=3, max_new_tokens=5)
    assert (rewriter.kind, rewriter.info()["model_kind"]) == (kind, kind)
    together = rewriter.propose(sentences, 6)
    rewriter.batch_size = 1
    assert rewriter.propose(sentences, 6) == together
    vocabulary = set(" ".join(CORPUS).split())
    assert all(len(out.split()) == 5 and set(out.split()) <= vocabulary for out in together), together


def test_a_causal_model_without_a_chat_template_is_refused(backend, tmp_path):
    folder = build_llama(tmp_path / "base", chat=False)
    with pytest.raises(ModelError, match="without a chat template"):
        ModelRewriter(folder)


def test_a_real_model_rewrite_is_guarded_sentence_by_sentence(silent_t5):
    # the silent model answers "the the the the the the" to everything
    rewriter = ModelRewriter(silent_t5, max_new_tokens=6)
    engine = plainspeak.Simplifier(model=rewriter)
    text = f"{HARD} {WITH_NUMBER}"
    s = engine.simplify(text, target_grade=4)
    glossary = glossary_only(WITH_NUMBER, 4).text
    assert s.text == f"the the the the the the {glossary}"
    assert [(e.start, e.end, e.reason) for e in s.edits if e.reason == "model"] == [(0, len(HARD), "model")]
    [refused] = [r for r in s.rejected if r.edit.reason == "model"]
    assert refused.edit.start == len(HARD) + 1
    assert refused.why.startswith("drops the number '2'")
    assert apply_edits(text, s.edits) == s.text
    assert s.extra == {"model": silent_t5, "model_kind": "seq2seq", "device": rewriter.device, "target_grade": 4,
                       "sentences_sent": 2, "sentences_rewritten": 1}


def test_cli_simplify_with_a_model_folder(silent_t5):
    from click.testing import CliRunner

    from plainspeak.cli import cli

    result = CliRunner().invoke(cli, ["simplify", "-", "--model", silent_t5, "--target-grade", "4"], input=HARD + "\n")
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"(the )+the\n+", result.stdout), result.stdout
    assert result.stderr == ""  # no progress bars or warnings from transformers


def test_cli_refuses_a_hub_id_without_allow_download_in_one_line():
    from click.testing import CliRunner

    from plainspeak.cli import main

    with CliRunner().isolation(input=HARD) as (out, err, *_):
        with pytest.raises(SystemExit) as e:
            main(["simplify", "-", "--model", "plainspeak-tests/no-such-model"])
        message = err.getvalue().decode()
    assert e.value.code == 2
    assert message.startswith("plainspeak: error: model 'plainspeak-tests/no-such-model' is not a local folder")
    assert "--allow-download" in message and len(message.strip().splitlines()) == 1
