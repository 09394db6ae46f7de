{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li><a href="{{PREFIX}}/thu-vien">Thư viện</a></li><li aria-current="page">{{TITLE}}</li></ol>
</nav>
<article class="resource">
  <h1 class="page-title">{{TITLE}}</h1>
  <dl class="resource-facts"><dt>Loại</dt><dd>{{KIND}}</dd><dt>Môn học</dt><dd>{{SUBJECT}}</dd><dt>Khối lớp</dt><dd>{{GRADE}}</dd><dt>Tác giả</dt><dd>{{AUTHOR}}</dd><dt>Năm học</dt><dd>{{YEAR}}</dd><dt>Ngày duyệt</dt><dd>{{APPROVED}}</dd><dt>Lượt tải</dt><dd>{{DOWNLOADS}}</dd></dl>
  <p>{{SUMMARY}}</p>
  <h2>Tải về</h2>
  <ul>{{#FILE}}<li><a href="{{URL}}">{{NAME}}</a> ({{SIZE}})</li>{{/FILE}}</ul>
</article>
