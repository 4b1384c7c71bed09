;;; lsp-check.el --- Emacs + eglot as a client of `plancode lsp' -*- lexical-binding: t -*-
;;
;; Run by test/editors/emacs.test.ts:  emacs --batch -Q -l lsp-check.el
;; Starts the server through eglot on a copy of the sample workspace, opens the district plan
;; of Lâm Bình and checks diagnostics (flymake), completion, hover, definition and rename.
;; One line per check goes to $PLANCODE_RESULTS: "ok<TAB>name<TAB>detail" or "fail<TAB>...".
;; Exit code: 0 all passed, 1 a check failed, 255 a Lisp error.
;; Written for Debian's Emacs 28 + elpa-eglot 1.9: in batch mode `eglot-ensure' does nothing,
;; so the script calls `eglot' itself; flymake must be started and didChange signalled by hand.

(let ((default-directory "/usr/share/emacs/site-lisp/elpa/"))
  (when (file-directory-p default-directory)
    (normal-top-level-add-subdirs-to-load-path)))
(require 'eglot)
(require 'flymake)
(require 'json)
(require 'subr-x)

(defvar plancode-root (file-name-as-directory (getenv "PLANCODE_ROOT")))
(defvar plancode-file (getenv "PLANCODE_FILE"))
(defvar plancode-results (getenv "PLANCODE_RESULTS"))
(defvar plancode-cmd (append (json-parse-string (getenv "PLANCODE_CMD") :array-type 'list) nil))
(defvar plancode-wait 15.0 "Upper bound of each wait, seconds (never an assertion on speed).")
(defvar plancode-failures 0)

(define-derived-mode plan-mode prog-mode "Plan"
  "A minimal major mode for .plan files (the language server does the work).")
(add-to-list 'auto-mode-alist '("\\.plan\\'" . plan-mode))
(add-to-list 'eglot-server-programs `(plan-mode . ,plancode-cmd))
;; The workspace root is the copy of samples/ (it has no VCS): a transient project.
(add-hook 'project-find-functions (lambda (_dir) (cons 'transient plancode-root)))
(setq eglot-send-changes-idle-time 0.05
      eglot-sync-connect plancode-wait
      eglot-connect-timeout 30
      eglot-autoshutdown nil)

(defun plancode-report (name ok detail)
  (let ((line (format "%s\t%s\t%s\n" (if ok "ok" "fail") name
                      (replace-regexp-in-string "[\t\r\n]+" " " (format "%s" (or detail ""))))))
    (write-region line nil plancode-results 'append 'silent))
  (unless ok (setq plancode-failures (1+ plancode-failures))))

(defmacro plancode-check (name &rest body)
  "Run BODY, which returns (OK . DETAIL), and report it as check NAME."
  (declare (indent 1))
  `(condition-case err
       (let ((res (progn ,@body)))
         (plancode-report ,name (car res) (cdr res)))
     (error (plancode-report ,name nil (format "error: %S" err)))))

(defun plancode-wait-until (pred)
  "Process events until PRED returns non-nil or `plancode-wait' seconds pass; return PRED's value."
  (let ((end (+ (float-time) plancode-wait)) v)
    (while (and (not (setq v (funcall pred))) (< (float-time) end))
      (accept-process-output nil 0.05))
    v))

(defun plancode-goto (needle &optional shift nth)
  "Move point to the NTH occurrence of NEEDLE plus SHIFT characters."
  (goto-char (point-min))
  (search-forward needle nil nil (or nth 1))
  (goto-char (+ (match-beginning 0) (or shift 0))))

(defun plancode-request (method)
  "Send METHOD with the text-document position at point; return the result."
  (jsonrpc-request (eglot--current-server-or-lose) method (eglot--TextDocumentPositionParams)))

(defun plancode-signal-change ()
  (eglot--signal-textDocument/didChange))

(defun plancode-errors (&optional text)
  "Flymake error diagnostics of the buffer, those whose text contains TEXT when given."
  (seq-filter (lambda (d) (and (memq (flymake-diagnostic-type d) '(:error eglot-error))
                               (or (null text) (string-search text (flymake-diagnostic-text d)))))
              (flymake-diagnostics)))

(defun plancode-count (needle)
  (save-excursion
    (goto-char (point-min))
    (let ((n 0))
      (while (re-search-forward (concat (regexp-quote needle) "\\_>") nil t) (setq n (1+ n)))
      n)))

(defun plancode-hover-text (result)
  (let ((contents (plist-get result :contents)))
    (cond ((stringp contents) contents)
          ((plist-get contents :value))
          ((vectorp contents) (mapconcat (lambda (c) (if (stringp c) c (plist-get c :value))) contents "\n"))
          (t ""))))

(defun plancode-main ()
  (find-file plancode-file)
  (modify-syntax-entry ?- "_") (modify-syntax-entry ?. "_")
  (plancode-check "initialize and index the workspace"
    (apply #'eglot (eglot--guess-contact))
    (let ((server (plancode-wait-until #'eglot-current-server)))
      ;; The workspace is indexed once a cross-file name resolves (the parent plan).
      (plancode-goto "parent KH-TQ-57" (length "parent "))
      (let ((indexed (plancode-wait-until
                      (lambda () (let ((r (ignore-errors (plancode-request :textDocument/definition))))
                                   (and r (not (equal r [])) r))))))
        (cons (and server eglot--managed-mode indexed t)
              (format "%s; indexed: %s" (and server (plist-get (eglot--server-info server) :name)) (and indexed t))))))
  (flymake-mode 1)
  (flymake-start)

  (plancode-check "diagnostics: unresolved reference after an edit"
    (plancode-goto "lead ubnd-lam-binh")
    (end-of-line)
    (insert "x")
    (plancode-signal-change)
    (let ((found (plancode-wait-until (lambda () (flymake-start) (car (plancode-errors "ubnd-lam-binhx"))))))
      (if (not found)
          (cons nil (format "no error about ubnd-lam-binhx; diagnostics: %S" (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
        (let ((text (flymake-diagnostic-text found)))
          (delete-char -1)
          (plancode-signal-change)
          (let ((cleared (plancode-wait-until (lambda () (flymake-start) (null (plancode-errors))))))
            ;; Emacs sends no settings: the language is samples/plancode.json's ("vi").
            (cons (and cleared (string-search "ubnd-lam-binh'" text) (string-search "Không tìm thấy" text))
                  (format "%s (cleared after undo: %s)" text cleared)))))))

  (plancode-check "completion: covers lists the parent plan's tasks"
    (plancode-goto "covers A3" (length "covers "))
    (let* ((result (plancode-request :textDocument/completion))
           (items (append (if (vectorp result) result (plist-get result :items)) nil))
           (labels (mapcar (lambda (i) (plist-get i :label)) items))
           (a1 (seq-find (lambda (i) (equal (plist-get i :label) "A1")) items))
           (missing (seq-remove (lambda (l) (member l labels)) '("A1" "A2" "A2.1" "A3" "A4"))))
      (cons (and (null missing) a1 (string-search "Tổ chức nghiên cứu" (or (plist-get a1 :detail) "")))
            (format "%s | missing: %s" (string-join labels ", ") missing))))

  (plancode-check "hover: a unit's full name"
    (plancode-goto "lead ubnd-lam-binh" (length "lead "))
    (let ((text (plancode-hover-text (plancode-request :textDocument/hover))))
      (cons (string-search "Ủy ban nhân dân huyện Lâm Bình" text) text)))

  (plancode-check "definition: the parent plan in another file"
    (plancode-goto "parent KH-TQ-57" (length "parent "))
    (let* ((result (plancode-request :textDocument/definition))
           (loc (if (vectorp result) (aref result 0) result))
           (uri (or (plist-get loc :uri) (plist-get loc :targetUri)))
           (file (eglot--uri-to-path uri)))
      (cons (string-suffix-p "provinces/tuyen-quang.plan" file) file)))

  (plancode-check "rename: a body (eglot-rename)"
    (plancode-goto "unit ban-tg-hu-lb" (length "unit "))
    (let ((before (plancode-count "ban-tg-hu-lb")))
      (eglot-rename "ban-tuyen-giao-lb")
      (let ((old (plancode-count "ban-tg-hu-lb")) (new (plancode-count "ban-tuyen-giao-lb")))
        (cons (and (> before 1) (= old 0) (= new before))
              (format "%d of %d occurrences renamed, %d left" new before old)))))

  (ignore-errors (eglot-shutdown (eglot-current-server))))

(condition-case err
    (plancode-main)
  (error (plancode-report "script" nil (format "%S" err))))
(kill-emacs (if (= plancode-failures 0) 0 1))
