{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Vị trí trang">
  <ol><li><a href="{{PREFIX}}/">Trang chủ</a></li><li aria-current="page">Đơn vị trực thuộc</li></ol>
</nav>
<h1 class="page-title">Đơn vị trực thuộc {{SITE_NAME}}</h1>
{{#EMPTY}}<p class="empty">Đơn vị này không có đơn vị trực thuộc.</p>{{/EMPTY}}
{{#HAS_CHILDREN}}<p class="page-lead">{{COUNT}} đơn vị. Chọn tên đơn vị để vào cổng thông tin của đơn vị.</p>
<ul class="unit-tree">
{{#UNIT}}{{#ITEM}}<li class="unit"><a class="unit-name" href="{{URL}}">{{NAME}}</a> <span class="tag">{{LEVEL}}</span>{{#HAS_ADDRESS}}<span class="unit-detail">{{ADDRESS}}</span>{{/HAS_ADDRESS}}{{#HAS_PHONE}}<span class="unit-detail">Điện thoại: {{PHONE}}</span>{{/HAS_PHONE}}{{#LEAF}}</li>{{/LEAF}}{{#OPEN_CHILDREN}}<ul>{{/OPEN_CHILDREN}}{{/ITEM}}{{#CLOSE_CHILDREN}}</ul></li>{{/CLOSE_CHILDREN}}
{{/UNIT}}
</ul>{{/HAS_CHILDREN}}
