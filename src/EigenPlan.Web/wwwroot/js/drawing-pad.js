// A simple drawing pad: pointer events (finger, pen, mouse) become vector strokes in a 1000 × 700 canvas space.
// Each finished stroke goes to .NET, which stores it; the canvas only shows what .NET says is there.
export function attach(canvas, dotnet, strokes) {
  const width = 1000, height = 700;
  const ctx = canvas.getContext("2d");
  let current = null;
  let all = strokes || [];

  function resize() {
    const ratio = window.devicePixelRatio || 1;
    const rect = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, Math.round(rect.width * ratio));
    canvas.height = Math.max(1, Math.round(rect.width * (height / width) * ratio));
    redraw();
  }

  function toCanvas(e) {
    const rect = canvas.getBoundingClientRect();
    const x = ((e.clientX - rect.left) / rect.width) * width;
    const y = ((e.clientY - rect.top) / rect.height) * height;
    return [Math.max(0, Math.min(width, Math.round(x * 10) / 10)), Math.max(0, Math.min(height, Math.round(y * 10) / 10))];
  }

  function drawStroke(s) {
    const scale = canvas.width / width;
    const p = s.points;
    if (!p || p.length < 2) return;
    ctx.strokeStyle = s.color; ctx.lineWidth = s.lineWidth * scale; ctx.lineCap = "round"; ctx.lineJoin = "round";
    ctx.beginPath(); ctx.moveTo(p[0] * scale, p[1] * scale);
    if (p.length === 2) ctx.lineTo(p[0] * scale + 0.1, p[1] * scale);
    for (let i = 2; i < p.length; i += 2) ctx.lineTo(p[i] * scale, p[i + 1] * scale);
    ctx.stroke();
  }

  function redraw() {
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, canvas.width, canvas.height);
    all.forEach(drawStroke);
    if (current) drawStroke(current);
  }

  canvas.addEventListener("pointerdown", (e) => {
    e.preventDefault();
    canvas.setPointerCapture(e.pointerId);
    current = { color: canvas.dataset.color || "#1b1b1b", lineWidth: 4, points: toCanvas(e) };
    redraw();
  });
  canvas.addEventListener("pointermove", (e) => {
    if (!current) return;
    const [x, y] = toCanvas(e);
    const n = current.points.length;
    if (Math.abs(current.points[n - 2] - x) + Math.abs(current.points[n - 1] - y) < 1.5) return;
    current.points.push(x, y);
    redraw();
  });
  const finish = async () => {
    if (!current) return;
    const stroke = current; current = null;
    all = all.concat([stroke]);
    redraw();
    await dotnet.invokeMethodAsync("AddStroke", stroke.color, stroke.lineWidth, stroke.points);
  };
  canvas.addEventListener("pointerup", finish);
  canvas.addEventListener("pointercancel", finish);
  window.addEventListener("resize", resize);
  resize();

  return {
    show: (strokes) => { all = strokes || []; redraw(); },
  };
}
