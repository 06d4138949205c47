#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/demo/recorded-responses.jsonl, the demo's recorded model responses.

The demo runs the real pipeline on the sample repository resources/demo/crystaltoolkit with the
replay provider. Its prompts carry machine-specific text (paths, Python version, timings), so the
entries are matched by stage and prompt substrings ("match") rather than by request hash. Every
response is an OpenAI Chat Completions body, as the provider would have sent it.

Run from the project root after editing the responses: tools/make-demo-cassette.py
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"
MODEL = "recorded-demo"
PROVIDER = "openai-compatible"
REPO_URL_NOTE = "crystaltoolkit (sample repository of the demo)"

METADATA = {
    "repository_url": "crystaltoolkit",
    "description": "crystaltoolkit builds crystal structures from cell parameters and computes densities and powder XRD patterns.",
    "example_description": "Build rock-salt NaCl and MgO, compute their densities and Cu K-alpha powder XRD patterns, "
                           "check NaCl against known values and plot both stick patterns.",
    "example_inclusion_criteria": "Structures, densities and powder patterns computed with crystaltoolkit's public API.",
    "example_exclusion_criteria": "Refinement, non-cubic structures, anything beyond the toolkit's approximations.",
    "example_type": "library_demo",
    "user_type": "no_user",
    "compute_requirements": {
        "gpu_required": False, "gpu_normally_recommended": False, "min_gpu_memory_gb": None, "cpu_cores": 1,
        "ram_gb": 1, "disk_space_gb": None, "api_keys_required": [], "api_keys_optional": [],
        "time_constraint_limited": False,
    },
}

FILES = {
    # path: (classification, rating, description, important_information, stand_alone_example)
    "README.md": ("documentation_example", 5, "Overview, installation and a usage snippet: Structure.rocksalt, density and powder_pattern.",
                  "powder_pattern takes the wavelength in angstrom as a number (CU_K_ALPHA = 1.5406); pure Python 3.9+, matplotlib optional.", False),
    "crystaltoolkit/xrd.py": ("code_general", 5, "Powder XRD: reflections from Bragg's law, structure factors with a crude form-factor falloff, Lorentz-polarisation.",
                              "powder_pattern(structure, wavelength=CU_K_ALPHA, two_theta_max=90.0, hkl_max=6) returns Peak objects, strongest first.", False),
    "crystaltoolkit/structure.py": ("code_general", 5, "Structure: species on fractional coordinates; rocksalt() and fcc() constructors, formula, mass and density.",
                                    "density is in g/cm^3; Structure.rocksalt(a, cation, anion).", False),
    "crystaltoolkit/lattice.py": ("code_general", 4, "Lattice from cell parameters: matrix, volume, reciprocal lattice and d-spacings.", None, False),
    "examples/rocksalt_xrd.py": ("code_example", 5, "Prints the density and the strongest XRD peaks of NaCl with Cu K-alpha radiation.",
                                 "Run from the repository root or with the package installed.", True),
    "crystaltoolkit/__init__.py": ("code_main_entry_point", 4, "Package exports: Lattice, Structure, powder_pattern, CU_K_ALPHA, Peak, element helpers.", None, False),
    "crystaltoolkit/elements.py": ("code_general", 3, "Atomic numbers and masses of about twenty elements.", "Unknown element symbols raise ValueError.", False),
    "docs/theory.md": ("documentation_general", 3, "The physics and approximations behind the powder patterns.", None, False),
    "tests/test_structure.py": ("code_general", 3, "pytest tests: cubic volume, NaCl density 2.164 g/cm^3, fcc extinctions.", "pytest", False),
    "pyproject.toml": ("runscript_running", 2, "Packaging metadata; no required dependencies, matplotlib and pytest optional.", "pip install .", False),
    "LICENSE": ("other", 1, "MIT licence.", None, False),
}


def completion(content, prompt_tokens, completion_tokens, n):
    return {
        "id": f"chatcmpl-demo-{n:03d}",
        "object": "chat.completion",
        "created": 1795000000 + n,
        "model": MODEL,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": json.dumps(content, ensure_ascii=False)},
                     "finish_reason": "stop"}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


def main():
    entries = []

    def add(stage, content, prompt_tokens, completion_tokens, contains=(), excludes=(), note=""):
        match = {"stage": stage}
        if contains:
            match["prompt_contains"] = list(contains)
        if excludes:
            match["prompt_excludes"] = list(excludes)
        entries.append({"match": match, "provider": PROVIDER, "model": MODEL, "stage": stage, "note": note,
                        "response": completion(content, prompt_tokens, completion_tokens, len(entries) + 1)})

    add("repository_summary", {
        "description": "crystaltoolkit is a small pure-Python toolkit for crystal structures: lattices from cell parameters, "
                       "structures on fractional coordinates, densities, and powder X-ray diffraction patterns from Bragg's law "
                       "with simple structure factors.",
        "highly_relevant_files": ["examples/rocksalt_xrd.py", "crystaltoolkit/xrd.py", "crystaltoolkit/structure.py"],
    }, 1450, 110, note="recorded demo response: repository summary")

    for path, (label, rating, description, info, standalone) in FILES.items():
        add("file_classification", {
            "classification": label, "description": description, "important_information": info,
            "computational_requirements": None,
            "highly_relevant_files": ["crystaltoolkit/xrd.py"] if path in ("README.md", "examples/rocksalt_xrd.py") else [],
            "how_relevant_rating": rating, "stand_alone_example": standalone, "needs_gpu": False,
        }, 600 + 40 * len(path), 95, contains=[f"File: {path} ("], note=f"recorded demo response: classification of {path}")
    add("file_classification", {
        "classification": "other", "description": "A file of the sample repository.", "important_information": None,
        "computational_requirements": None, "highly_relevant_files": [], "how_relevant_rating": 1,
        "stand_alone_example": False, "needs_gpu": False,
    }, 500, 60, note="recorded demo response: any other file")

    add("example_generation", {
        "main_py": (DEMO / "responses" / "round1_main.py").read_text(),
        "requirements_txt": "# crystaltoolkit is used from REPO_DIR; it has no required dependencies\n",
        "run_sh": "#!/bin/bash\nset -e\npython --version\n",
        "metadata": METADATA,
    }, 5200, 820, note="recorded demo response: first example (passes the wavelength as a string)")

    add("judge_verdict", {
        "correct_behavior": ["Builds the NaCl rock-salt structure and prints its density, 2.164 g/cm^3, which matches the literature value."],
        "critical_issues": ["powder_pattern is called with wavelength=\"CuKa\"; it expects the wavelength in angstrom as a number, "
                            "so the run stops with a TypeError before any peak is computed."],
        "issues": ["No figure is produced.", "The result is not compared with known peak positions."],
        "is_faithful": True, "is_accurate": False, "is_complete": False,
        "faithfulness_accurate_completeness_statement": "The example fails in powder_pattern because the wavelength is given as the string 'CuKa' instead of 1.5406 "
                   "(crystaltoolkit.CU_K_ALPHA). The density part works.",
        "is_finished": False, "error_class": "api_misuse",
    }, 3900, 260, contains=["TypeError: unsupported operand"], note="recorded demo response: verdict on the failing round")

    add("example_repair", {
        "issues_identified": ["powder_pattern(wavelength=...) takes the wavelength in angstrom as a float; 'CuKa' raised a TypeError.",
                              "No figure and no check against known values."],
        "changes_made": ["Use crystaltoolkit.CU_K_ALPHA (1.5406 A) as the wavelength.",
                         "Compute NaCl and MgO, save a stick-pattern figure to to_save/xrd_patterns.png and the NaCl peak list as CSV.",
                         "Check the NaCl density and the (200) peak position against known values; exit non-zero on a mismatch."],
        "main_py": (DEMO / "responses" / "round2_main.py").read_text(),
        "requirements_txt": "matplotlib\n",
        "run_sh": "#!/bin/bash\nset -e\npip install -r requirements.txt\n",
        "metadata": METADATA,
    }, 6900, 1650, note="recorded demo response: repair after the TypeError")

    add("judge_verdict", {
        "correct_behavior": ["Computes densities of NaCl (2.164 g/cm^3) and MgO (3.583 g/cm^3) that match literature values.",
                             "The NaCl (200) reflection is the strongest, at 31.70 deg 2-theta for Cu K-alpha, as measured.",
                             "Fcc extinction rules hold: only all-even or all-odd hkl appear.",
                             "Saves a labelled stick-pattern figure and the peak list."],
        "critical_issues": [],
        "issues": ["Relative intensities come from the toolkit's crude form-factor approximation and differ from measured ones "
                   "(e.g. (220) at 70 instead of about 55); the example says so only implicitly."],
        "is_faithful": True, "is_accurate": True, "is_complete": True,
        "faithfulness_accurate_completeness_statement": "Runs cleanly, demonstrates structures, densities and powder patterns, and checks two known values.",
        "is_finished": True, "error_class": "none",
    }, 5600, 310, excludes=["TypeError: unsupported operand"], note="recorded demo response: verdict on the repaired round")

    out = DEMO / "recorded-responses.jsonl"
    with out.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"comment": "Recorded demo responses for the sample repository crystaltoolkit, written for "
                                       "CodeDistiller Workbench's demo; not produced by a hosted model. Regenerate with "
                                       "tools/make-demo-cassette.py."}) + "\n")
        for e in entries:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{out.relative_to(ROOT)}: {len(entries)} entries")


if __name__ == "__main__":
    main()
