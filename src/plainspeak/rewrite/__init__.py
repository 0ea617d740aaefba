"""Rewriting: rewriters propose edits, the guard accepts or rejects each, and accepted edits are
applied by offset."""

from __future__ import annotations

from .apply import apply_edits, check_edits
from .glossary_rewriter import MODES, GlossaryRewriter
from .guard import check as guard_check
from .guard import keeps_facts_near, keeps_facts_together

__all__ = ["GlossaryRewriter", "MODES", "apply_edits", "check_edits", "guard_check", "keeps_facts_near", "keeps_facts_together"]
