"""`/docs`: the OpenAPI description as a plain HTML page, built on the server (no Swagger UI from a CDN)."""
from __future__ import annotations

import html
import json
from typing import Any


def _param_rows(op: dict[str, Any]) -> str:
    rows = []
    for p in op.get("parameters", []):
        schema = p.get("schema", {})
        kind = schema.get("type") or "/".join(s.get("type", "") for s in schema.get("anyOf", []) if s.get("type") != "null")
        rows.append(
            f"<tr><td><code>{html.escape(p['name'])}</code></td><td>{html.escape(p.get('in', ''))}</td>"
            f"<td>{html.escape(kind)}</td><td>{html.escape(p.get('description', ''))}</td></tr>"
        )
    return "".join(rows)


def render_docs(spec: dict[str, Any]) -> str:
    """One section per endpoint: method, path, summary, parameters, request body schema."""
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>eventwire API</title>",
        "<link rel='stylesheet' href='/static/style.css'></head><body><header><a class='brand' href='/timeline'>"
        "eventwire</a><span>API</span></header><main>",
        f"<h2>{html.escape(spec['info']['title'])} API</h2><p>{html.escape(spec['info'].get('summary', ''))}</p>",
        "<p>Machine-readable description: <a href='/openapi.json'>/openapi.json</a>. Errors are "
        "<code>{\"error\": {\"code\", \"message\"}}</code> with a 4xx status. Pages: pass a page's "
        "<code>next</code> back as <code>cursor</code>.</p>",
    ]
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            parts.append(
                f"<section class='endpoint'><h3><code>{method.upper()} {html.escape(path)}</code></h3>"
                f"<p>{html.escape(op.get('summary', ''))}</p>"
            )
            rows = _param_rows(op)
            if rows:
                parts.append("<table><tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr>" + rows + "</table>")
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body:
                parts.append("<p>JSON body:</p><pre>" + html.escape(json.dumps(body.get("properties", body), indent=1)) + "</pre>")
            parts.append(f"<p><a href='{html.escape(path)}'>try it</a></p></section>" if method == "get" and "{" not in path
                         else "</section>")
    parts.append("</main></body></html>")
    return "".join(parts)
