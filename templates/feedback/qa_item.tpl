{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{PREFIX}}/hoi-dap">Hỏi đáp</a></li><li><a href="{{TOPIC_URL}}">{{TOPIC}}</a></li></ol>
</nav>
<article class="qa-item">
  <h1 class="page-title">{{TITLE}}</h1>
  <p class="qa-meta">Lĩnh vực: <a href="{{TOPIC_URL}}">{{TOPIC}}</a> · Hỏi ngày {{ASKED}} · Công khai ngày <time datetime="{{ISO}}">{{DATE}}</time></p>
  <section aria-labelledby="cau-hoi"><h2 id="cau-hoi">Câu hỏi</h2>
    <p class="qa-question">{{QUESTION}}</p>
  </section>
  <section aria-labelledby="tra-loi"><h2 id="tra-loi">Trả lời</h2>
    <div class="answer">{{ANSWER:none}}</div>
  </section>
</article>
<p><a href="{{PREFIX}}/gop-y">Gửi câu hỏi của bạn</a></p>
