#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Development tool: measures characters per token of real files, by content kind, with real BPE
// tokenizers (o200k_base: GPT-5, gpt-oss; cl100k_base: what CodeDistiller counted with), and prints the
// "kinds" block of resources/llm/tokens.json. The workbench itself never runs it.
//
//   npm install --prefix /tmp/tok gpt-tokenizer@4
//   NODE_PATH=/tmp/tok/node_modules node tools/calibrate-tokens.mjs DIR... [--logs FILE...]
//
// Files are assigned to kinds by the same extension rules as core/llm/tokenestimator.cpp; --logs adds
// captured run output (pip logs, tracebacks) as the "log" kind.
import { readFileSync, readdirSync, lstatSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const o200k = require('gpt-tokenizer/cjs/encoding/o200k_base');
const cl100k = require('gpt-tokenizer/cjs/encoding/cl100k_base');

const kindOf = (path) => {
    const ext = extname(path).toLowerCase().slice(1);
    const name = basename(path).toLowerCase();
    if (['py', 'pyx', 'pxd', 'ipynb', 'c', 'cc', 'cpp', 'h', 'hpp', 'f90', 'f', 'jl', 'r', 'js', 'ts', 'java', 'go', 'rs'].includes(ext)) return 'code';
    if (['md', 'rst', 'txt', 'tex', 'html'].includes(ext) || name.startsWith('readme') || name === 'license') return 'prose';
    if (['json', 'ipynb_json'].includes(ext)) return 'json';
    if (['yml', 'yaml', 'toml', 'cfg', 'ini', 'conf'].includes(ext)) return 'config';
    if (['sh', 'bash', 'zsh'].includes(ext) || name === 'makefile' || name === 'dockerfile') return 'shell';
    if (['log', 'out', 'abo', 'err'].includes(ext)) return 'log';
    if (['csv', 'tsv', 'dat', 'xyz', 'cif', 'vasp', 'poscar', 'in'].includes(ext)) return 'data';
    return null;
};

const args = process.argv.slice(2);
const logsAt = args.indexOf('--logs');
const dirs = logsAt >= 0 ? args.slice(0, logsAt) : args;
const logs = logsAt >= 0 ? args.slice(logsAt + 1) : [];
const totals = {};
const add = (kind, text) => {
    if (!text.trim()) return;
    const t = (totals[kind] ??= { files: 0, chars: 0, o200k: 0, cl100k: 0, ratios: [] });
    const chars = [...text].length;
    const tokens = o200k.encode(text, { disallowedSpecial: new Set() }).length;
    t.files += 1;
    t.chars += chars;
    t.o200k += tokens;
    t.cl100k += cl100k.encode(text, { disallowedSpecial: new Set() }).length;
    if (tokens >= 50) t.ratios.push(chars / tokens);
};
const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
        if (entry === '.git' || entry === 'node_modules') continue;
        const path = join(dir, entry);
        const st = lstatSync(path);
        if (st.isSymbolicLink()) continue;
        if (st.isDirectory()) { walk(path); continue; }
        if (st.size > 2_000_000) continue;
        const kind = kindOf(path);
        if (!kind) continue;
        const text = readFileSync(path, 'utf8');
        if (text.includes('\u0000')) continue;
        add(kind, text);
    }
};
dirs.forEach(walk);
logs.forEach((f) => add('log', readFileSync(f, 'utf8')));

const kinds = {};
for (const [kind, t] of Object.entries(totals).sort()) {
    const sorted = [...t.ratios].sort((a, b) => a - b);
    const at = (q) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;
    kinds[kind] = {
        chars_per_token: Number((t.chars / t.o200k).toFixed(2)),
        median_file: Number(at(0.5).toFixed(2)),
        p25_file: Number(at(0.25).toFixed(2)),
        p10_file: Number(at(0.1).toFixed(2)),
        chars_per_token_cl100k: Number((t.chars / t.cl100k).toFixed(2)),
        files: t.files,
        tokens_o200k: t.o200k,
        undercount_of_chars_div_4: Number((1 - t.chars / 4 / t.o200k).toFixed(3)),
    };
}
console.log(JSON.stringify({ tokenizer: 'o200k_base', kinds }, null, 2));
