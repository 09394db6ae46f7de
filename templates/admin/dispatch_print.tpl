{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bảng theo dõi công văn {{NUMBER}} – {{SITE_NAME}}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="/static/css/admin.css">
</head>
<body class="print-page">
<main>
<p class="no-print"><a href="{{BACK_URL}}">← Quay lại công văn</a></p>
<p>{{SITE_NAME}}</p>
<h1>Bảng theo dõi tiếp nhận công văn</h1>
<dl class="meta">
  <dt>Số, ký hiệu</dt><dd>{{NUMBER}} ({{KIND_LABEL}})</dd>
  <dt>Trích yếu</dt><dd>{{SUBJECT}}</dd>
  <dt>Độ khẩn</dt><dd>{{PRIORITY_LABEL}}</dd>
  <dt>Gửi lúc</dt><dd>{{SENT_AT}} · {{SENDER}}</dd>
  <dt>Hạn trả lời</dt><dd>{{DEADLINE_TEXT}}</dd>
  <dt>Nơi nhận</dt><dd>{{RECIPIENTS_LABEL}} ({{TOTAL}} đơn vị)</dd>
</dl>
{{#WITHDRAWN}}<p><strong>Công văn đã bị thu hồi.</strong></p>{{/WITHDRAWN}}
<p>{{#COUNT}}{{LABEL}}: <strong>{{N}}</strong>. {{/COUNT}}</p>
<table class="table">
  <thead><tr><th scope="col">Đơn vị</th><th scope="col">Trạng thái</th><th scope="col">Mở lần đầu</th><th scope="col">Người mở</th><th scope="col">Trả lời lúc</th></tr></thead>
  <tbody>{{#RECIPIENT}}<tr><th scope="row">{{SITE}}</th><td>{{STATE_LABEL}}</td><td>{{OPENED_FIRST}}</td><td>{{OPENED_BY}}</td><td>{{REPLIED}}</td></tr>{{/RECIPIENT}}</tbody>
</table>
<p class="muted">In lúc {{PRINTED_AT}}</p>
</main>
</body>
</html>
