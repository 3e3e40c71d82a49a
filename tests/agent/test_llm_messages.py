"""Message shaping shared by the backends, and reading a tool call a small model wrote as text."""

from __future__ import annotations

from agent.llm.base import ChatMessage, ToolCall
from agent.llm.llamacpp import _tool_call_in_text
from agent.llm.messages import TOOL_PREFIX, to_role_dicts


def test_tool_results_become_a_user_message_and_roles_alternate():
    messages = [
        ChatMessage(role="system", content="Be brief."),
        ChatMessage(role="system", content="Answer in Russian."),
        ChatMessage(role="user", content="Сколько стоит палатка?"),
        ChatMessage(role="tool", content='{"price": "129.00"}'),
        ChatMessage(role="assistant", content="129.00"),
    ]
    assert to_role_dicts(messages) == [
        {"role": "system", "content": "Be brief.\n\nAnswer in Russian."},
        {"role": "user", "content": 'Сколько стоит палатка?\n\n' + TOOL_PREFIX + '{"price": "129.00"}'},
        {"role": "assistant", "content": "129.00"},
    ]


def test_tool_call_written_as_text():
    names = {"get_order", "search_products"}
    qwen_style = 'Sure.\n<tool_call>\n{"name": "get_order", "arguments": {"order_id": 1042}}\n</tool_call>'
    assert _tool_call_in_text(qwen_style, names) == ToolCall(name="get_order", arguments={"order_id": 1042})
    fenced = '```json\n{"name": "search_products", "arguments": "{\\"query\\": \\"tent\\"}"}\n```'
    assert _tool_call_in_text(fenced, names) == ToolCall(name="search_products", arguments={"query": "tent"})
    assert _tool_call_in_text('{"name": "delete_all", "arguments": {}}', names) is None  # not offered
    assert _tool_call_in_text("Your order is on its way.", names) is None
    assert _tool_call_in_text("<tool_call>{broken</tool_call>", names) is None
