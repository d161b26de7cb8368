/* The participant page: join with the code, pick a focus area and a kind, write, send.
 *
 * Plain ES5 with XMLHttpRequest, so it runs on old phones' browsers; no build step, nothing from
 * outside the laptop. A note goes into an outbox in localStorage before it is sent and leaves it
 * only when the laptop has confirmed it; until then it is sent again with the same request id,
 * so a retry never makes a second note.
 *
 * While the facilitator holds a voting round, the page shows the themes instead: each tap on +
 * or − is a dot request with its own request id, queued in localStorage like the notes, under a
 * random token the phone makes once ("voter"), so the round's limits hold per phone.
 */
(function () {
  "use strict";

  var TEXTS = {
    sv: {
      app: "Workshoptavlan",
      heading: "Skriv en lapp",
      joinHeading: "Gå med",
      codeLabel: "Koden på skärmen",
      join: "Gå med",
      areaLegend: "Fokusområde",
      kindLegend: "Typ av lapp",
      textLabel: "Din lapp",
      groupLabel: "Grupp eller organisation (frivilligt)",
      send: "Skicka",
      leave: "Byt kod",
      paused: "Pausad – dina lappar väntar på telefonen och skickas när pausen är slut.",
      sent: "Skickad ✓",
      sentCount: "Skickad ✓ (du har skickat {n})",
      sending: "Skickar …",
      joining: "Ansluter …",
      needCode: "Skriv koden som visas på skärmen.",
      wrongCode: "Fel kod. Kontrollera koden på skärmen.",
      codeChanged: "Koden har bytts. Skriv den nya koden från skärmen – dina lappar finns kvar.",
      needArea: "Välj ett fokusområde.",
      needKind: "Välj typ av lapp.",
      needText: "Skriv något på lappen först.",
      tooLong: "Lappen är för lång (högst 5 000 tecken).",
      refused: "Lappen kunde inte tas emot. Välj fokusområde och typ igen och skicka.",
      offline: "Datorn svarar inte. Lappen är sparad på telefonen och skickas så snart det går.",
      busy: "Många skriver just nu. Lappen skickas om en liten stund.",
      unreachable: "Kan inte nå datorn. Är telefonen på samma nätverk som datorn?",
      waitingOne: "1 lapp väntar på att skickas.",
      waitingMany: "{n} lappar väntar på att skickas.",
      voteHeading: "Prioritera",
      voteHelp: "Lägg dina prickar på de teman du tycker är viktigast.",
      dotsLeft: "Prickar kvar: {n} av {m}",
      yourDots: "Dina prickar: {n}",
      addDot: "Lägg en prick på {t}",
      removeDot: "Ta bort en prick från {t}",
      noDotsLeft: "Du har lagt alla dina prickar. Ta bort en för att flytta den.",
      themeFull: "Du har lagt så många prickar du får på det här temat.",
      roundEnded: "Omröstningen är avslutad.",
      dotSaved: "Sparad ✓"
    },
    en: {
      app: "Workshop Board",
      heading: "Write a note",
      joinHeading: "Join",
      codeLabel: "The code on the screen",
      join: "Join",
      areaLegend: "Focus area",
      kindLegend: "Kind of note",
      textLabel: "Your note",
      groupLabel: "Group or organisation (optional)",
      send: "Send",
      leave: "Change code",
      paused: "Paused – your notes wait on your phone and are sent when the pause ends.",
      sent: "Sent ✓",
      sentCount: "Sent ✓ (you have sent {n})",
      sending: "Sending …",
      joining: "Connecting …",
      needCode: "Type the code shown on the screen.",
      wrongCode: "Wrong code. Check the code on the screen.",
      codeChanged: "The code has changed. Type the new code from the screen – your notes are kept.",
      needArea: "Choose a focus area.",
      needKind: "Choose a kind of note.",
      needText: "Write something on the note first.",
      tooLong: "The note is too long (at most 5,000 characters).",
      refused: "The note could not be taken. Choose the focus area and kind again and send.",
      offline: "The laptop does not answer. The note is saved on your phone and is sent as soon as possible.",
      busy: "Many people are writing right now. The note is sent in a moment.",
      unreachable: "Cannot reach the laptop. Is your phone on the same network as the laptop?",
      waitingOne: "1 note is waiting to be sent.",
      waitingMany: "{n} notes are waiting to be sent.",
      voteHeading: "Prioritise",
      voteHelp: "Put your dots on the themes you think matter most.",
      dotsLeft: "Dots left: {n} of {m}",
      yourDots: "Your dots: {n}",
      addDot: "Put a dot on {t}",
      removeDot: "Take a dot off {t}",
      noDotsLeft: "You have placed all your dots. Take one off to move it.",
      themeFull: "You have put as many dots as you may on this theme.",
      roundEnded: "The voting round has ended.",
      dotSaved: "Saved ✓"
    }
  };

  var lang = document.documentElement.getAttribute("lang") === "en" ? "en" : "sv";
  var T = TEXTS[lang];

  // --- storage that survives a reload (or memory when the browser refuses it) -------------
  var memory = {};
  function load(key, fallback) {
    var raw = null;
    try { raw = window.localStorage.getItem("workshop." + key); } catch (e) { raw = memory[key]; }
    if (raw === null || raw === undefined) { return fallback; }
    try { return JSON.parse(raw); } catch (e2) { return fallback; }
  }
  function save(key, value) {
    var raw = JSON.stringify(value);
    memory[key] = raw;
    try { window.localStorage.setItem("workshop." + key, raw); } catch (e) { /* memory only */ }
  }

  function newId() {
    var bytes = "";
    if (window.crypto && window.crypto.getRandomValues) {
      var values = new Uint32Array(4);
      window.crypto.getRandomValues(values);
      for (var i = 0; i < values.length; i++) { bytes += values[i].toString(36); }
    } else {
      for (var j = 0; j < 4; j++) { bytes += Math.floor(Math.random() * 4294967296).toString(36); }
    }
    return new Date().getTime().toString(36) + "-" + bytes;
  }

  function $(id) { return document.getElementById(id); }
  function hide(id, hidden) {  // the attribute, not the property: old browsers lack the latter
    if (hidden) { $(id).setAttribute("hidden", "hidden"); } else { $(id).removeAttribute("hidden"); }
  }
  function say(element, text, kind) {
    element.textContent = text || "";
    element.className = "message" + (kind ? " " + kind : "");
    // on a small screen the message under the button may be below the fold: bring it up
    var box = element.getBoundingClientRect && element.getBoundingClientRect();
    var height = window.innerHeight || document.documentElement.clientHeight;
    if (text && box && height && box.bottom > height && element.scrollIntoView) { element.scrollIntoView(false); }
  }
  function tell(element, text, kind) {  // in the sticky bar: always in sight, no scrolling
    element.textContent = text || "";
    element.className = "message" + (kind ? " " + kind : "");
  }
  function fill(template, n) { return template.replace("{n}", String(n)); }

  // --- state ---------------------------------------------------------------------------------
  var code = load("code", "");
  var clientId = load("client", "");
  if (!clientId) { clientId = newId(); save("client", clientId); }
  var outbox = load("outbox", []);
  if (!(outbox instanceof Array)) { outbox = []; }
  var sentCount = load("sent", 0);
  var area = load("area", "");
  var kind = load("kind", "");
  var sending = false;
  var retryTimer = null;
  var retryDelay = 2000;
  var shownLists = "";
  var voter = load("voter", "");
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(voter)) { voter = newId().replace(/[^A-Za-z0-9_-]/g, "").substring(0, 64); save("voter", voter); }
  var ballots = load("ballots", []);
  if (!(ballots instanceof Array)) { ballots = []; }
  var voteState = null;
  var voting = false;
  var casting = false;
  var voteRetry = null;

  // --- requests --------------------------------------------------------------------------------
  function request(method, url, body, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url, true);
    xhr.timeout = 15000;
    var finished = false;
    function finish() {
      if (finished) { return; }
      finished = true;
      var data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
      done(xhr.status, data);
    }
    xhr.onreadystatechange = function () { if (xhr.readyState === 4) { finish(); } };
    xhr.ontimeout = function () { finished = true; done(0, null); };
    if (body !== null) {
      xhr.setRequestHeader("Content-Type", "application/json");
      xhr.send(JSON.stringify(body));
    } else {
      xhr.send();
    }
  }

  // --- joining ---------------------------------------------------------------------------------
  function showJoin(message, kind) {
    hide("write", true);
    hide("join", false);
    $("title").textContent = T.heading;
    say($("join-message"), message, kind);
    $("code").focus();
  }

  function join(typed, quiet) {
    if (!/^[0-9]{4,6}$/.test(typed)) {
      showJoin(T.needCode, "error");
      return;
    }
    if (!quiet) { say($("join-message"), T.joining, ""); }
    request("GET", "/api/workshop?code=" + encodeURIComponent(typed) + "&client=" + encodeURIComponent(clientId), null,
      function (status, data) {
        if (status === 200 && data) {
          code = typed;
          save("code", code);
          showWorkshop(data);
          flush();
        } else if (status === 403) {
          code = "";
          save("code", "");
          showJoin(outbox.length ? T.codeChanged : T.wrongCode, "error");
        } else if (status === 429) {
          showJoin(T.busy, "error");
        } else {
          showJoin(T.unreachable, "error");
        }
      });
  }

  function choice(container, name, value, checked, onPick) {
    var label = document.createElement("label");
    label.className = "choice";
    var input = document.createElement("input");
    input.type = "radio";
    input.name = name;
    input.value = value;
    input.checked = checked;
    input.onchange = function () { if (input.checked) { onPick(value); } };
    var span = document.createElement("span");
    span.textContent = value;
    label.appendChild(input);
    label.appendChild(span);
    container.appendChild(label);
  }

  function fillChoices(id, name, values, current, onPick) {
    var container = $(id);
    while (container.firstChild) { container.removeChild(container.firstChild); }
    var found = false;
    for (var i = 0; i < values.length; i++) {
      var checked = values[i] === current;
      found = found || checked;
      choice(container, name, values[i], checked, onPick);
    }
    return found ? current : "";
  }

  function showWorkshop(data) {
    $("title").textContent = data.title || T.heading;
    document.title = (data.title ? data.title + " – " : "") + T.app;
    var lists = JSON.stringify([data.focus_areas || [], data.categories || []]);
    if (lists !== shownLists) {  // drawn again only when the facilitator changed them
      shownLists = lists;
      area = fillChoices("areas", "area", data.focus_areas || [], area, function (v) { area = v; save("area", v); });
      kind = fillChoices("kinds", "kind", data.categories || [], kind, function (v) { kind = v; save("kind", v); });
    }
    hide("join", true);
    voting = !!data.voting;
    hide("write", voting);
    hide("vote", !voting);
    hide("paused", !data.paused || voting);
    showWaiting();
    if (voting) { loadVote(); }
  }

  // --- voting ----------------------------------------------------------------------------------
  function loadVote() {
    if (!code || casting) { return; }
    request("GET", "/api/vote?code=" + encodeURIComponent(code) + "&token=" + encodeURIComponent(voter), null,
      function (status, data) {
        if (status === 200 && data) {
          if (!data.open) { endVote(); return; }
          voteState = data;
          renderVote();
          castVotes();
        }
      });
  }

  function endVote() {
    voting = false;
    voteState = null;
    shownVote = "";
    ballots = [];
    save("ballots", ballots);
    hide("vote", true);
    hide("write", false);
  }

  function dotsOf(themeId) {
    return (voteState && voteState.mine && voteState.mine[themeId]) || 0;
  }

  var shownVote = "";
  function renderVote() {
    if (!voteState) { return; }
    // drawn again only when something changed: a tap never lands on a button being replaced
    var drawn = JSON.stringify([voteState.themes, voteState.mine, voteState.left, voteState.max_per_theme]);
    if (drawn === shownVote) { return; }
    shownVote = drawn;
    var m = voteState.dots_per_person;
    $("dots-left").textContent = T.dotsLeft.replace("{n}", String(voteState.left)).replace("{m}", String(m));
    var list = $("themes");
    var focused = document.activeElement && document.activeElement.getAttribute("data-key");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var themes = voteState.themes || [];
    for (var i = 0; i < themes.length; i++) {
      list.appendChild(themeItem(themes[i]));
    }
    if (focused) {
      var again = document.querySelector('[data-key="' + focused + '"]');
      if (again && !again.disabled) { again.focus(); }
    }
  }

  function themeItem(theme) {
    var mine = dotsOf(theme.id);
    var item = document.createElement("li");
    item.className = "theme" + (mine ? " chosen" : "");
    var title = document.createElement("h3");
    title.textContent = theme.title;
    item.appendChild(title);
    if (theme.summary) {
      var summary = document.createElement("p");
      summary.className = "summary";
      summary.textContent = theme.summary;
      item.appendChild(summary);
    }
    if (theme.focus_area) {
      var areaLine = document.createElement("p");
      areaLine.className = "area";
      areaLine.textContent = theme.focus_area;
      item.appendChild(areaLine);
    }
    var row = document.createElement("div");
    row.className = "row";
    var dots = document.createElement("span");
    dots.className = "dots";
    dots.textContent = (mine ? new Array(mine + 1).join("● ") : "") + fill(T.yourDots, mine);
    var plus = dotButton("+", "add", theme, voteState.left <= 0 || mine >= voteState.max_per_theme);
    var minus = dotButton("\u2212", "remove", theme, mine <= 0);
    row.appendChild(dots);
    row.appendChild(plus);
    row.appendChild(minus);
    item.appendChild(row);
    return item;
  }

  function dotButton(text, action, theme, disabled) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "dot " + action;
    button.textContent = text;
    button.setAttribute("data-key", action + ":" + theme.id);
    button.setAttribute("aria-label", (action === "add" ? T.addDot : T.removeDot).replace("{t}", theme.title));
    button.disabled = disabled;
    button.onclick = function () { queueDot(theme.id, action); };
    return button;
  }

  function queueDot(themeId, action) {
    if (!voteState) { return; }
    ballots.push({ request_id: newId(), theme_id: themeId, action: action, round: voteState.round });
    save("ballots", ballots);
    // shown at once; the laptop's answer corrects it if it refuses
    var mine = dotsOf(themeId) + (action === "add" ? 1 : -1);
    if (mine > 0) { voteState.mine[themeId] = mine; } else { delete voteState.mine[themeId]; }  // as the laptop says it
    voteState.left += action === "add" ? -1 : 1;
    renderVote();
    tell($("vote-status"), T.sending, "");
    castVotes();
  }

  function castVotes() {
    if (casting || !code) { return; }
    while (ballots.length && voteState && ballots[0].round !== voteState.round) { ballots.shift(); }
    save("ballots", ballots);
    if (ballots.length === 0) { return; }
    casting = true;
    var dot = ballots[0];
    var body = { code: code, token: voter, theme_id: dot.theme_id, action: dot.action, request_id: dot.request_id };
    request("POST", "/api/votes", body, function (status, data) {
      casting = false;
      if (status === 200 && data) {
        ballots.shift();
        save("ballots", ballots);
        if (ballots.length === 0 && voteState) {
          voteState.mine = data.mine;
          voteState.left = data.left;
          renderVote();
          tell($("vote-status"), T.dotSaved, "ok");
        }
        castVotes();
      } else if (status === 409 && data) {
        ballots.shift();
        save("ballots", ballots);
        if (!data.open) { endVote(); say($("status"), T.roundEnded, "error"); return; }
        tell($("vote-status"), data.left === 0 ? T.noDotsLeft : T.themeFull, "error");
        loadVote();
      } else if (status === 400 || status === 404) {
        ballots.shift();
        save("ballots", ballots);
        loadVote();
      } else if (status === 403) {
        code = "";
        save("code", "");
        showJoin(T.codeChanged, "error");
      } else {
        tell($("vote-status"), status === 429 ? T.busy : T.offline, "error");
        if (!voteRetry) {
          voteRetry = window.setTimeout(function () { voteRetry = null; castVotes(); }, 3000);
        }
      }
    });
  }

  // Every few seconds while writing: hear of a pause (or its end) without having to post.
  function refresh() {
    if (!code || sending || !$("join").hasAttribute("hidden")) { return; }
    request("GET", "/api/workshop?code=" + encodeURIComponent(code) + "&client=" + encodeURIComponent(clientId), null,
      function (status, data) {
        if (status === 200 && data && code) {
          var wasVoting = voting;
          showWorkshop(data);
          if (wasVoting && !data.voting) { endVote(); say($("status"), T.roundEnded, ""); }
          if (!data.paused) { flush(); }
        }
      });
  }

  // --- writing and sending -----------------------------------------------------------------------
  function showWaiting() {
    var n = outbox.length;
    $("waiting").textContent = n === 0 ? "" : n === 1 ? T.waitingOne : fill(T.waitingMany, n);
  }

  function submit() {
    var text = $("text").value;
    var status = $("status");
    if (!area) { say(status, T.needArea, "error"); focusFirst("area"); return; }
    if (!kind) { say(status, T.needKind, "error"); focusFirst("kind"); return; }
    if (!/\S/.test(text)) { say(status, T.needText, "error"); $("text").focus(); return; }
    var group = $("group").value.replace(/^\s+|\s+$/g, "");
    save("group", group);
    outbox.push({ request_id: newId(), focus_area: area, category: kind, text: text, group: group });
    save("outbox", outbox);
    $("text").value = "";
    say(status, T.sending, "");
    showWaiting();
    $("text").focus();
    flush();
  }

  function focusFirst(name) {
    var inputs = document.getElementsByName(name);
    if (inputs.length) { inputs[0].focus(); }
  }

  function retryLater(message) {
    if (message) { say($("status"), message, "error"); }
    if (retryTimer) { return; }
    retryTimer = window.setTimeout(function () { retryTimer = null; flush(); }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30000);
  }

  function flush() {
    if (sending || !code || outbox.length === 0) { showWaiting(); return; }
    sending = true;
    var note = outbox[0];
    var body = {
      code: code, focus_area: note.focus_area, category: note.category,
      text: note.text, request_id: note.request_id, group: note.group
    };
    request("POST", "/api/notes", body, function (status, data) {
      sending = false;
      if (status === 201 || status === 200) {
        outbox.shift();
        save("outbox", outbox);
        sentCount += 1;
        save("sent", sentCount);
        retryDelay = 2000;
        hide("paused", true);
        say($("status"), sentCount > 1 ? fill(T.sentCount, sentCount) : T.sent, "ok");
        showWaiting();
        flush();
      } else if (status === 503 && data && data.paused) {
        hide("paused", false);  // sent again when a refresh hears that the pause is over
        say($("status"), T.paused, "error");  // beside the button too: the banner may be scrolled away
        showWaiting();
      } else if (status === 403) {
        code = "";
        save("code", "");
        showJoin(T.codeChanged, "error");
      } else if (status === 400 || status === 413) {
        // refused for good: give the text back to the writer instead of sending it again
        outbox.shift();
        save("outbox", outbox);
        if (!/\S/.test($("text").value)) { $("text").value = note.text; }
        say($("status"), status === 413 ? T.tooLong : T.refused, "error");
        showWaiting();
        if (status === 400) { join(code, true); }
      } else if (status === 429) {
        retryLater(T.busy);
      } else {
        retryLater(T.offline);
      }
      showWaiting();
    });
  }

  // --- start -----------------------------------------------------------------------------------
  function translate() {
    var items = document.querySelectorAll("[data-t]");
    for (var i = 0; i < items.length; i++) {
      var key = items[i].getAttribute("data-t");
      if (T[key]) { items[i].textContent = T[key]; }
    }
    document.title = T.app;
  }

  function codeFromAddress() {
    var match = /(?:^#|[#&]code=)([0-9]{4,6})\b/.exec(window.location.hash || "");
    if (!match) { return ""; }
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", window.location.pathname);
    }
    return match[1];
  }

  translate();
  $("group").value = load("group", "");
  $("join-form").onsubmit = function (event) {
    event.preventDefault();
    join($("code").value.replace(/\s+/g, ""), false);
  };
  $("note-form").onsubmit = function (event) { event.preventDefault(); submit(); };
  $("leave").onclick = function () { code = ""; save("code", ""); hide("paused", true); showJoin("", ""); };
  window.setInterval(refresh, 5000);
  if (window.addEventListener) {
    window.addEventListener("online", function () { flush(); }, false);
  }
  var fromAddress = codeFromAddress();
  if (fromAddress) {
    join(fromAddress, false);
  } else if (code) {
    join(code, false);
  } else {
    showJoin("", "");
  }
})();
