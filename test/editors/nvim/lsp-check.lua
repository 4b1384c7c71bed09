-- Neovim 0.7 as a third-party LSP client of `plancode lsp` (test/editors/neovim.test.ts runs it).
-- Starts the server on a copy of the sample workspace, opens the district plan of Lâm Bình and
-- checks diagnostics, completion, hover, definition and rename the way a Neovim user gets them.
-- One line per check goes to $PLANCODE_RESULTS: "ok<TAB>name<TAB>detail" or "fail<TAB>...".
-- Exit code: 0 all passed, 1 a check failed; a Lua error falls through to `-c 'cquit 2'`.
-- Written for the 0.7 API (no vim.lsp.start): start_client + buf_attach_client + buf_request_sync.

local function env(name)
  local v = os.getenv(name)
  assert(v and v ~= "", "missing environment variable " .. name)
  return v
end

local root = env("PLANCODE_ROOT")
local file = env("PLANCODE_FILE")
local out = assert(io.open(env("PLANCODE_RESULTS"), "w"))
local cmd = vim.fn.json_decode(env("PLANCODE_CMD"))
local WAIT = 15000 -- upper bound for each wait (ms); never an assertion on speed

local failures = 0
local function report(name, ok, detail)
  detail = tostring(detail or ""):gsub("[\t\r\n]+", " ")
  out:write(string.format("%s\t%s\t%s\n", ok and "ok" or "fail", name, detail))
  out:flush()
  if not ok then failures = failures + 1 end
end

local function check(name, fn)
  local ok, res, detail = pcall(fn)
  if not ok then
    report(name, false, "error: " .. tostring(res))
  else
    report(name, res, detail)
  end
end

-- Position helpers: LSP positions are UTF-16 code units; lines hold Vietnamese text.
local buf
local function lines() return vim.api.nvim_buf_get_lines(buf, 0, -1, false) end

--- The position of the `nth` plain-text occurrence of `needle` (plus `shift` bytes), 0-based.
local function find(needle, shift, nth)
  nth = nth or 1
  for i, line in ipairs(lines()) do
    local from = 1
    while true do
      local s = string.find(line, needle, from, true)
      if not s then break end
      nth = nth - 1
      if nth == 0 then
        local byte = s - 1 + (shift or 0)
        local _, utf16 = vim.str_utfindex(line, byte)
        return { line = i - 1, character = utf16 }
      end
      from = s + 1
    end
  end
  error("not found in the buffer: " .. needle)
end

local function params_at(pos)
  return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = pos }
end

local client_id
local function request(method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, WAIT)
  assert(responses, "no answer to " .. method .. ": " .. tostring(err))
  local r = responses[client_id]
  assert(r, "no answer from plancode to " .. method)
  assert(not r.err and not r.error, method .. " failed: " .. vim.inspect(r.err or r.error))
  return r.result
end

local function count(haystack_lines, needle)
  local n = 0
  for _, line in ipairs(haystack_lines) do
    local from = 1
    while true do
      local s, e = string.find(line, needle, from, true)
      if not s then break end
      local after = line:sub(e + 1, e + 1)
      if not after:match("[%w_.%-]") then n = n + 1 end
      from = e + 1
    end
  end
  return n
end

local function errors()
  return vim.diagnostic.get(buf, { severity = vim.diagnostic.severity.ERROR })
end

local function hover_text(result)
  if not result or not result.contents then return "" end
  local c = result.contents
  if type(c) == "string" then return c end
  if c.value then return c.value end
  local parts = {}
  for _, item in ipairs(c) do parts[#parts + 1] = type(item) == "string" and item or item.value end
  return table.concat(parts, "\n")
end

local function main()
  client_id = vim.lsp.start_client({
    name = "plancode",
    cmd = cmd,
    root_dir = root,
    settings = { plancode = { locale = "vi", asOf = "2024-06-30" } },
  })
  assert(client_id, "vim.lsp.start_client failed")

  vim.cmd("edit " .. vim.fn.fnameescape(file))
  buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = "plan"
  vim.lsp.buf_attach_client(buf, client_id)

  check("initialize and index the workspace", function()
    local ok = vim.wait(WAIT, function()
      local c = vim.lsp.get_client_by_id(client_id)
      return c ~= nil and c.initialized == true
    end, 20)
    if not ok then return false, "the client did not initialize" end
    -- The workspace is indexed once a cross-file name resolves (definition of the parent plan).
    local params = params_at(find("parent KH-TQ-57", #"parent "))
    local indexed = vim.wait(WAIT, function()
      local responses = vim.lsp.buf_request_sync(buf, "textDocument/definition", params, 1000)
      local r = responses and responses[client_id]
      return r ~= nil and r.result ~= nil and not vim.tbl_isempty(r.result)
    end, 100)
    return indexed, indexed and "initialized; the workspace is indexed" or "the parent plan never resolved"
  end)

  -- Diagnostics: a typo in a body's name becomes an unresolved-reference error on that line,
  -- with a did-you-mean; undoing it clears the error.
  check("diagnostics: unresolved reference after an edit", function()
    local pos = find("lead ban-tg-hu-lb", 0, 1)
    local line = lines()[pos.line + 1]
    vim.api.nvim_buf_set_lines(buf, pos.line, pos.line + 1, false, { (line:gsub("ban%-tg%-hu%-lb", "ban-tg-hu-lbx", 1)) })
    local found
    vim.wait(WAIT, function()
      for _, d in ipairs(errors()) do
        if d.lnum == pos.line and d.code == "unresolved-reference" then found = d return true end
      end
      return false
    end, 20)
    if not found then return false, "no unresolved-reference on line " .. (pos.line + 1) .. "; got " .. vim.inspect(vim.diagnostic.get(buf)) end
    local suggests = found.message:find("ban-tg-hu-lb", 1, true) ~= nil
    vim.api.nvim_buf_set_lines(buf, pos.line, pos.line + 1, false, { line })
    local cleared = vim.wait(WAIT, function() return #errors() == 0 end, 20)
    return suggests and cleared, string.format("line %d: %s (suggests: %s, cleared after undo: %s)", pos.line + 1, found.message, tostring(suggests), tostring(cleared))
  end)

  -- Completion after `covers`: the tasks of the parent plan (Tuyên Quang's KH-TQ-57), with titles.
  check("completion: covers lists the parent plan's tasks", function()
    local pos = find("covers A3", #"covers ")
    local result = request("textDocument/completion", vim.tbl_extend("force", params_at(pos), { context = { triggerKind = 1 } }))
    local items = result and (result.items or result) or {}
    local labels, details = {}, {}
    for _, item in ipairs(items) do
      labels[#labels + 1] = item.label
      details[item.label] = item.detail or ""
    end
    local want = { "A1", "A2", "A2.1", "A3", "A4" }
    for _, label in ipairs(want) do
      if not vim.tbl_contains(labels, label) then return false, "missing " .. label .. " in " .. table.concat(labels, ", ") end
    end
    local titled = (details["A1"] or ""):find("Tổ chức nghiên cứu", 1, true) ~= nil
    return titled, table.concat(labels, ", ") .. " | A1: " .. (details["A1"] or "")
  end)

  check("hover: a unit's full name", function()
    local text = hover_text(request("textDocument/hover", params_at(find("lead ubnd-lam-binh", #"lead "))))
    return text:find("Ủy ban nhân dân huyện Lâm Bình", 1, true) ~= nil, text
  end)

  check("hover: a covered task's title and document", function()
    local text = hover_text(request("textDocument/hover", params_at(find("covers A1", #"covers "))))
    return text:find("Tổ chức nghiên cứu", 1, true) ~= nil and text:find("KH-TQ-57", 1, true) ~= nil, text
  end)

  check("definition: the parent plan in another file", function()
    local result = request("textDocument/definition", params_at(find("parent KH-TQ-57", #"parent ")))
    local loc = result and (result.uri and result or result[1])
    if not loc then return false, "no location" end
    local uri = loc.uri or loc.targetUri
    local range = loc.range or loc.targetSelectionRange
    local target = vim.uri_to_fname(uri)
    local tq = vim.fn.readfile(target)
    local at = tq[range.start.line + 1] or ""
    local ok = target:match("provinces/tuyen%-quang%.plan$") ~= nil and at:find("KH-TQ-57", 1, true) ~= nil
    return ok, target .. ":" .. (range.start.line + 1) .. ": " .. at
  end)

  check("rename: a body (prepareRename, rename, applied edit)", function()
    local pos = find("unit ban-tg-hu-lb", #"unit ")
    local prep = request("textDocument/prepareRename", params_at(pos))
    if not prep then return false, "prepareRename refused" end
    local before = count(lines(), "ban-tg-hu-lb")
    local edit = request("textDocument/rename", vim.tbl_extend("force", params_at(pos), { newName = "ban-tuyen-giao-lb" }))
    if not edit then return false, "no workspace edit" end
    vim.lsp.util.apply_workspace_edit(edit, "utf-16")
    local after_old, after_new = count(lines(), "ban-tg-hu-lb"), count(lines(), "ban-tuyen-giao-lb")
    local ok = before > 1 and after_old == 0 and after_new == before
    return ok, string.format("%d of %d occurrences renamed in this file, %d left", after_new, before, after_old)
  end)

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then report("script", false, err) end
out:close()
vim.cmd(failures == 0 and ok and "qall!" or "cquit 1")
